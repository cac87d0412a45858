// Every string the interface shows, in Arabic (the default) and English. Views ask for them
// by key through t(); nothing else in the page holds interface text.

const STRINGS = {
  ar: {
    appName: "حدث",
    tagline: "من فعل ماذا بمن، وأين ومتى",
    otherLang: "English",
    navEvents: "الأحداث",
    navMap: "الخريطة",
    navQuotes: "التصريحات",
    navTruces: "الهدن",
    searchPlaceholder: "ابحث في نص الأحداث…",
    search: "بحث",
    totals: (a, e) => `${e} حدثا من ${a} مقالا`,
    loading: "جار التحميل…",
    loadError: "تعذر تحميل البيانات",
    notFound: "غير موجود",

    // filters
    filters: "التصفية",
    type: "النوع",
    allTypes: "كل الأنواع",
    quadClass: "الفئة",
    allQuads: "كل الفئات",
    modality: "الصيغة",
    allModalities: "كل الصيغ",
    actor: "الفاعل",
    recipient: "المفعول به",
    place: "المكان",
    country: "دولة المكان",
    dateFrom: "من",
    dateTo: "إلى",
    minConfidence: "أدنى ثقة",
    minSources: "أدنى عدد مصادر",
    textSearch: "نص",
    clearFilters: "مسح التصفية",
    mapArea: "منطقة الخريطة",
    limitToMap: "حصر النتائج في منطقة الخريطة",
    remove: "إزالة",

    // table
    date: "التاريخ",
    confidence: "الثقة",
    sources: "المصادر",
    trigger: "الفعل",
    showSentences: "إظهار الجمل",
    page: (from, to, n) => `${from}–${to} من ${n}`,
    prev: "السابق",
    next: "التالي",
    noEvents: "لا توجد أحداث مطابقة.",

    // timeline
    timeline: "الخط الزمني",
    byType: "حسب النوع",
    byQuad: "حسب الفئة",
    autoInterval: "تلقائي",
    perDay: "يوميا",
    perWeek: "أسبوعيا",
    perMonth: "شهريا",
    clickToFilter: "انقر لحصر الأحداث في هذه الفترة",
    noDated: "لا أحداث مؤرخة",
    undatedNote: "لا تظهر في الخط الزمني الأحداث غير المؤرخة ولا القليل المؤرخ خارج المدى المعروض؛ اختر تاريخين لرؤية أي فترة.",

    // map
    map: "الخريطة",
    world: "العالم",
    middleEast: "الشرق الأوسط",
    zoomToPlace: "تكبير إلى مدينة…",
    zoomIn: "تكبير",
    zoomOut: "تصغير",
    placed: (n) => `${n} حدثا على الخريطة`,
    truncated: "عرضت أكبر النقاط فقط",
    eventsAt: (n) => `${n} حدثا`,
    placesIn: (n) => `${n} أماكن`,
    precision: "دقة المكان",
    clickPlace: "انقر لحصر الأحداث في هذا المكان",
    clickCluster: "انقر للتكبير",

    // event page
    event: "الحدث",
    mentions: "الإشارات",
    mentionsN: (n) => `${n} إشارة`,
    articlesN: (n) => `${n} مقال`,
    sourcesN: (n) => `${n} مصدر مستقل`,
    founder: "الإشارة الأولى",
    published: "النشر",
    source: "المصدر",
    showArticle: "عرض المقال",
    hideArticle: "إخفاء المقال",
    openArticle: "المقال كاملا",
    originalLink: "الرابط الأصلي",
    joinedBy: "انضمت بسبب",
    similarity: "التشابه",
    dayGap: "فارق الأيام",
    sameCopy: "نسخة من النص نفسه",
    km: "كم",
    sharedParticipants: "أطراف مشتركة",
    legend: "دليل الألوان",
    cameo: "رمز CAMEO",
    dateRange: "المدى الزمني",
    backToEvents: "العودة إلى الأحداث",
    copyOf: "نسخة من",
    sentence: "الجملة",

    // actor page
    asActor: "فاعلا",
    asRecipient: "مفعولا به",
    eventsN: (n) => `${n} حدثا`,
    counterparts: "أبرز الأطراف المقابلة",
    actsOn: "يفعل بـ",
    actedOnBy: "يُفعل به من",
    byTypeTitle: "الأحداث حسب النوع",
    recentAsActor: "أحدث الأحداث بصفته فاعلا",
    recentAsRecipient: "أحدث الأحداث بصفته مفعولا به",
    allInTable: "كل الأحداث في الجدول",
    quotesBy: "تصريحاته",
    sector: "القطاع",
    actorCountry: "البلد",
    kbId: "المعرف",
    over_time: "عبر الزمن",

    // quotes
    quotes: "التصريحات",
    speaker: "المتحدث",
    quoteWords: "كلمات في التصريح",
    about: "عن",
    direct: "اقتباس مباشر",
    indirect: "نقل غير مباشر",
    more: "المزيد",
    noQuotes: "لا توجد تصريحات مطابقة.",

    types: {
      AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
      AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "مطالبة", ACCUSE: "اتهام", REJECT: "رفض",
      THREATEN: "تهديد", PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "حشد", COERCE: "إكراه",
      ASSAULT: "هجوم",
    },
    quads: { 1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي", 0: "غير مصنف" },
    modalities: {
      asserted: "مؤكد", negated: "منفي", future: "مستقبلي", hypothetical: "افتراضي", claimed: "مزعوم",
    },
    precisions: {
      "sub-city": "داخل مدينة", city: "مدينة", admin2: "مديرية", admin1: "محافظة", region: "منطقة",
      country: "دولة", near: "قرب مكان مسمى", relative: "على بعد من مكان مسمى", unknown: "غير معروفة",
    },
    kinds: { trigger: "الفعل", actor: "الفاعل", recipient: "المفعول به", place: "المكان", date: "التاريخ",
      quote: "التصريح", speaker: "المتحدث" },
  },
  en: {
    appName: "Hadath",
    tagline: "Who did what to whom, where and when",
    otherLang: "العربية",
    navEvents: "Events",
    navMap: "Map",
    navQuotes: "Quotes",
    navTruces: "Truces",
    searchPlaceholder: "Search the events' text…",
    search: "Search",
    totals: (a, e) => `${e} events from ${a} articles`,
    loading: "Loading…",
    loadError: "Could not load data",
    notFound: "Not found",

    filters: "Filters",
    type: "Type",
    allTypes: "All types",
    quadClass: "Quad class",
    allQuads: "All classes",
    modality: "Modality",
    allModalities: "All modalities",
    actor: "Actor",
    recipient: "Recipient",
    place: "Place",
    country: "Place country",
    dateFrom: "From",
    dateTo: "To",
    minConfidence: "Min. confidence",
    minSources: "Min. sources",
    textSearch: "Text",
    clearFilters: "Clear filters",
    mapArea: "Map area",
    limitToMap: "Only events in the map area",
    remove: "Remove",

    date: "Date",
    confidence: "Confidence",
    sources: "Sources",
    trigger: "Trigger",
    showSentences: "Show sentences",
    page: (from, to, n) => `${from}–${to} of ${n}`,
    prev: "Previous",
    next: "Next",
    noEvents: "No matching events.",

    timeline: "Timeline",
    byType: "By type",
    byQuad: "By quad class",
    autoInterval: "auto",
    perDay: "per day",
    perWeek: "per week",
    perMonth: "per month",
    clickToFilter: "Click to keep this period's events",
    noDated: "No dated events",
    undatedNote: "Undated events, and the few dated outside the range shown, are not on the timeline; pick dates to see any period.",

    map: "Map",
    world: "World",
    middleEast: "Middle East",
    zoomToPlace: "Zoom to a city…",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    placed: (n) => `${n} events on the map`,
    truncated: "Only the largest points are shown",
    eventsAt: (n) => `${n} event${n === 1 ? "" : "s"}`,
    placesIn: (n) => `${n} places`,
    precision: "Place precision",
    clickPlace: "Click to keep this place's events",
    clickCluster: "Click to zoom in",

    event: "Event",
    mentions: "Mentions",
    mentionsN: (n) => `${n} mention${n === 1 ? "" : "s"}`,
    articlesN: (n) => `${n} article${n === 1 ? "" : "s"}`,
    sourcesN: (n) => `${n} independent source${n === 1 ? "" : "s"}`,
    founder: "First mention",
    published: "Published",
    source: "Source",
    showArticle: "Show article",
    hideArticle: "Hide article",
    openArticle: "Full article",
    originalLink: "Original link",
    joinedBy: "Joined by",
    similarity: "similarity",
    dayGap: "day gap",
    sameCopy: "copy of the same text",
    km: "km",
    sharedParticipants: "shared participants",
    legend: "Colour key",
    cameo: "CAMEO code",
    dateRange: "Dates",
    backToEvents: "Back to events",
    copyOf: "Copy of",
    sentence: "Sentence",

    asActor: "as actor",
    asRecipient: "as recipient",
    eventsN: (n) => `${n} event${n === 1 ? "" : "s"}`,
    counterparts: "Main counterparts",
    actsOn: "acts on",
    actedOnBy: "acted on by",
    byTypeTitle: "Events by type",
    recentAsActor: "Latest events as actor",
    recentAsRecipient: "Latest events as recipient",
    allInTable: "All events in the table",
    quotesBy: "Their quotes",
    sector: "Sector",
    actorCountry: "Country",
    kbId: "Id",
    over_time: "over time",

    quotes: "Quotes",
    speaker: "Speaker",
    quoteWords: "Words in the quote",
    about: "about",
    direct: "direct quote",
    indirect: "reported speech",
    more: "More",
    noQuotes: "No matching quotes.",

    types: {
      AGREE: "Agree", CONSULT: "Consult", SUPPORT: "Support", CONCEDE: "Concede", COOPERATE: "Cooperate",
      AID: "Aid", RETREAT: "Retreat", REQUEST: "Request", ACCUSE: "Accuse", REJECT: "Reject",
      THREATEN: "Threaten", PROTEST: "Protest", SANCTION: "Sanction", MOBILIZE: "Mobilize", COERCE: "Coerce",
      ASSAULT: "Assault",
    },
    quads: {
      1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict",
      0: "Unclassified",
    },
    modalities: {
      asserted: "asserted", negated: "negated", future: "future", hypothetical: "hypothetical", claimed: "claimed",
    },
    precisions: {
      "sub-city": "within a city", city: "city", admin2: "district", admin1: "province", region: "region",
      country: "country", near: "near a named place", relative: "offset from a named place", unknown: "unknown",
    },
    kinds: { trigger: "trigger", actor: "actor", recipient: "recipient", place: "place", date: "date",
      quote: "quote", speaker: "speaker" },
  },
};

export const LANGS = Object.keys(STRINGS);
const STORAGE_KEY = "hadath.lang";

let current = LANGS.includes(localStorage.getItem(STORAGE_KEY)) ? localStorage.getItem(STORAGE_KEY) : "ar";

export function lang() {
  return current;
}

export function setLang(next) {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
}

/** The interface string `key` in the current language (a string, or a function of counts). */
export function t(key) {
  const value = STRINGS[current][key];
  return value === undefined ? STRINGS.ar[key] : value;
}

// A label from one of the dictionaries above, falling back to the code itself.
const label = (table) => (code) => t(table)[code] ?? String(code ?? "");
export const typeLabel = label("types");
export const quadLabel = label("quads");
export const modalityLabel = label("modalities");
export const precisionLabel = label("precisions");
export const kindLabel = label("kinds");

/** Numbers with Latin digits in both languages (as Arabic news sites write them), grouped. */
export function num(value, digits = 0) {
  if (value === null || value === undefined) return "";
  const locale = current === "ar" ? "ar-u-nu-latn" : "en";
  return Number(value).toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Point the document at the current language: direction, lang and every [data-i18n] node. */
export function applyLanguage(root = document) {
  const html = document.documentElement;
  html.lang = current;
  html.dir = current === "ar" ? "rtl" : "ltr";
  for (const node of root.querySelectorAll("[data-i18n]")) {
    const value = t(node.dataset.i18n);
    if (typeof value === "string") node.textContent = value;
  }
  for (const node of root.querySelectorAll("[data-i18n-placeholder]")) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
  for (const node of root.querySelectorAll("[data-i18n-title]")) {
    node.title = t(node.dataset.i18nTitle);
  }
  document.title = `${t("appName")} — ${t("tagline")}`;
}
