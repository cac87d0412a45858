"""An explanation of one cluster, as text for people (``hadath explain-cluster``)."""

from __future__ import annotations

from typing import Any


def explain_lines(report: dict[str, Any]) -> list[str]:
    """The lines of :meth:`hadath.store.Store.explain_cluster`'s report, for a terminal."""
    c = report["cluster"]
    dates = c["date"] if c["date"] == c["date_last"] else f"{c['date']} to {c['date_last']}"
    where = f", {c['place_name']} ({c['place_country']})" if c["place_name"] else ""
    lines = [
        f"Cluster {c['id']}: {c['event_type']} on {dates}{where}",
        f"{c['mentions']} mentions in {c['articles']} articles, {c['sources']} independent sources "
        "(one outlet, or an article with its copies, counts once)",
        "",
        "Mentions:",
    ]
    for m in report["mentions"]:
        copy = (
            f", copy of article {m['copy_of']} ({m['copy_similarity']:.2f})"
            if m["copy_of"] is not None
            else ""
        )
        lines.append(
            f"  #{m['id']} {m['doc_id']} ({m['source'] or 'unknown outlet'}, {m['published'] or 'undated'}{copy})"
        )
        lines.append(f"      «{m['sentence']}» [{m['trigger']}]")
        if m["link"]:
            lines.append("      " + _link_line(m["link"]))
        elif m["id"] == c["first_event"]:
            lines.append("      founded the cluster")
        else:
            lines.append(
                "      founded a cluster that a later mention merged into this one (see 'merged clusters')"
            )
    kept = report["kept_apart"]
    lines += ["", f"Compared with {len(kept)} mentions of other clusters (from the founding mention):"]
    lines += [f"  cluster {k['cluster']}: {k['reason']}" for k in kept] or [
        "  none: nothing else shares a name, place, copy or words"
    ]
    return lines


def _link_line(link: dict[str, Any]) -> str:
    facts = [f"text {link['text']:.2f}"]
    if link.get("shared"):
        facts.append("shared " + ", ".join(link["shared"]))
    if link.get("same_copy"):
        facts.append("articles are copies")
    if link.get("place_km") is not None:
        facts.append(f"places {link['place_km']:.0f} km apart")
    if link.get("day_gap"):
        facts.append(f"{link['day_gap']} day apart")
    line = f"joined: matched #{link['with']} by {link['rule']} ({'; '.join(facts)})"
    if link.get("bridged"):
        line += f"; merged clusters {', '.join(map(str, link['bridged']))} into this one"
    return line
