import json
from pathlib import Path

from typer.testing import CliRunner

from hadath.cli.app import app

runner = CliRunner()


def test_tokenize_prints_one_json_object_per_sentence() -> None:
    result = runner.invoke(app, ["tokenize", "والتقى الوفد بالمسؤولين. ثم غادر."])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["index"] for s in lines] == [0, 1]
    first = lines[0]["tokens"][0]
    assert (first["surface"], first["prefixes"], first["stem"]) == ("والتقى", ["و"], "التقي")


def test_tokenize_reads_stdin_and_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("زيارته للأمم المتحدة.", encoding="utf-8")
    from_file = runner.invoke(app, ["tokenize", str(path)])
    from_stdin = runner.invoke(app, ["tokenize", "-"], input="زيارته للأمم المتحدة.")
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.stdout == from_stdin.stdout
    tokens = json.loads(from_file.stdout)["tokens"]
    assert (tokens[1]["prefixes"], tokens[1]["stem"]) == (["ل+ال"], "امم")
    assert (tokens[0]["stem"], tokens[0]["suffix"]) == ("زياره", "ه")
