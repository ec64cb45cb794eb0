#!/usr/bin/env python3
"""Writes src/main/resources/org/marsad/geo/catalog.tsv from the hand-written tables beside this script.

Alias marks in the output: '~name' = weak (used only when the document already names the entry or its
country, or a place word such as مدينة precedes it); 'name@CC' = a reading that applies mainly when
country CC is in the document's focus."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from countries import COUNTRIES
from places import P as PLACES
from actors import A as ACTORS

# Aliases that are also common Arabic words: usable only when the country is in the document's focus
# (name@CC), or only after a strong mention of the same entry or a place word (~name). Dropped: None.
OVERRIDES = {
    "القائم": "القائم@IQ", "حديثة": "حديثة@IQ", "الرطبة": "الرطبة@IQ", "مخمور": "مخمور@IQ", "العمارة": "العمارة@IQ",
    "الفاو": "الفاو@IQ", "الزبير": "الزبير@IQ", "الحلة": "الحلة@IQ", "بلد": "~بلد", "الخالص": "الخالص@IQ",
    "القصير": "القصير@SY", "نوى": "نوى@SY", "كسب": "كسب@SY", "هجين": "هجين@SY", "الميادين": "الميادين@SY",
    "الطبقة": "الطبقة@SY", "السلمية": "السلمية@SY", "سلمية": "~سلمية", "الهول": "الهول@SY", "جاسم": "جاسم@SY",
    "الضمير": "الضمير@SY", "اليرموك": "اليرموك@SY", "إزرع": "إزرع@SY", "ازرع": "ازرع@SY", "الزرقاء": "الزرقاء@JO",
    "المفرق": "المفرق@JO", "سترة": "سترة@BH", "العديد": "~العديد", "عسير": "عسير@SA", "ينبع": "ينبع@SA",
    "الحدود الشمالية": "~الحدود الشمالية", "حجة": "حجة@YE", "عمران": "عمران@YE", "حرض": "حرض@YE", "الحزم": "~الحزم",
    "عتق": "عتق@YE", "زنجبار": "زنجبار@YE", "الضالع": "الضالع@YE", "مطروح": "مطروح@EG", "دهب": "دهب@EG",
    "سرت": "سرت@LY", "الجليل": "الجليل@IL", "الأقصى": "~الأقصى", "الاقصى": "~الاقصى", "مالي": "~مالي", "بنين": "~بنين",
    "قم": "قم@IR", "بالي": "~بالي", "ليون": "~ليون", "إب": None, "مدني": None, "الحشد": "الحشد@IQ", "كيم": "~كيم",
    "الشرع": "الشرع@SY", "مبارك": "~مبارك", "السوداني": "~السوداني", "رئيسي": "~رئيسي", "ظريف": "~ظريف",
    "السراج": "~السراج", "البرهان": "~البرهان", "جونسون": "~جونسون", "كاميرون": "~كاميرون", "المشاط": "~المشاط",
    "العامري": "~العامري", "البغدادي": "~البغدادي", "هاريس": "~هاريس", "بنس": "~بنس", "لامي": "~لامي", "أوستن": "~أوستن",
    "هيلي": "~هيلي", "العبادي": "~العبادي", "سليماني": "~سليماني", "الصدر": "الصدر@IQ", "عباس": None, 
    "شكري": "~شكري", "مشعل": "~مشعل", "فيدان": "~فيدان", "القطاع": "~القطاع",  
    "الحراك": "~الحراك", "نهم": "~نهم", "حضر": "~حضر", "الصور": "~الصور", "الوليد": "~الوليد", "الخيام": "~الخيام", "المطلة": "~المطلة", "نبل": "~نبل", "الزهراء": "~الزهراء", "حيان": "~حيان", "الجديدة": "~الجديدة", "الوادي": "~الوادي", "الكاف": "~الكاف", "قبلي": "~قبلي", "الخارجة": "~الخارجة", "هون": "~هون", "المرج": "~المرج", "الخمس": "~الخمس", "البصيرة": "~البصيرة", "سلوان": "~سلوان", "المغازي": "~المغازي", "خزاعة": "~خزاعة", "الرملة": "~الرملة", "قنديل": "~قنديل", "التربة": "~التربة", "الوديعة": "~الوديعة", "الليث": "~الليث", "الوجه": "~الوجه", "الحضر": "~الحضر", "الكرمة": "~الكرمة", "الرفاعي": "~الرفاعي", "الدبس": "~الدبس", "رانية": "~رانية", "كويه": "~كويه", "العتيبة": "~العتيبة", "عاليه": "~عاليه", "إصلاحية": "~إصلاحية", "مهران": "~مهران", "ساري": "~ساري", "شحات": "~شحات", "تازة": "~تازة", "آسفي": "~آسفي", "الحجر الأسود": "~الحجر الأسود", "الشجاعية": "~الشجاعية", "المصنع": "~المصنع", "غات": "~غات", "الأشرفية": "~الأشرفية", "الهبيط": "~الهبيط", "حولا": "~حولا", "الصويرة": "~الصويرة", "ماليه": None, "الصعيد": "~الصعيد",
    "فتح": "~فتح", "كيف": None, "تركيه": None, "موش": "~موش", "الأبيض": "~الأبيض", "البيضاء": "~البيضاء",
    "الخبر": "~الخبر", "آيدن": "~آيدن", "فاس": "فاس@MA", "فارس": "~فارس", "الشرقية": "~الشرقية", "الغربية": "~الغربية",
    "البحيرة": "~البحيرة", "العين": "~العين", "الطبقة": "~الطبقة", "النهضة": "النهضة@TN", "الشباب": "الشباب@SO",  "سول": "~سول",
    "نيس": "~نيس", "المزة": "المزة@SY", "العقبة": "العقبة@JO", "الجبيل": "الجبيل@SA", "حائل": "حائل@SA", "المنصورة": "المنصورة@EG",
    "المحلة": "المحلة@EG", "قنا": "قنا@EG", "الخوخة": "الخوخة@YE", "المهرة": "المهرة@YE", "الأحمدي": "الأحمدي@KW",
    "الطائف": "الطائف@SA", "جبيل": "جبيل@LB", "حارم": "حارم@SY", "الحمدانية": "الحمدانية@IQ", "الناصرية": "الناصرية@IQ",
}

def clean_names(names):
    out = []
    for n in names.split("|"):
        n = n.strip()
        base = n.lstrip("~").split("@")[0]
        if base in OVERRIDES:
            n = OVERRIDES[base]
            if n is None:
                continue
        if not n:
            continue
        m = re.fullmatch(r"(.+)@([A-Z]{2})", n)
        if m:
            out.append(n)
        elif "@" in n:
            base = n.split("@")[0]
            if n.endswith("@gov"):
                continue
            out.append(base if n.endswith("@country") else "~" + base)
        else:
            out.append(n)
    seen, res = set(), []
    for n in out:
        if n not in seen:
            seen.add(n); res.append(n)
    return "|".join(res)

def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")

rows, ids = [], set()
def row(id, typ, kind, qid, cc, adm, lat, lon, en, names, extra=""):
    assert id not in ids, id
    ids.add(id)
    rows.append("\t".join([id, typ, kind, qid or "", cc or "", adm or "", "" if lat is None else f"{lat:.4f}", "" if lon is None else f"{lon:.4f}", en, clean_names(names), extra]))

for cc, en, ar, lat, lon, qid in COUNTRIES:
    row("cc:" + cc, "LOC", "country", qid, cc, "", lat, lon, en, ar)
for kind, cc, adm, en, ar, lat, lon, qid in PLACES:
    row("loc:" + cc.lower() + ":" + slug(en), "LOC", kind, qid, cc, adm, lat, lon, en, ar)
def person_variants(names):
    """First name + each one-word spelling of the last name: بنيامين + نتانياهو -> بنيامين نتانياهو."""
    parts = names.split("|")
    firsts = {n.split()[0] for n in parts if len(n.split()) == 2 and not n.startswith("~") and "@" not in n}
    singles = [n for n in parts if len(n.split()) == 1 and not n.startswith("~") and "@" not in n and not n.isascii()]
    extra = [f + " " + s1 for f in sorted(firsts) for s1 in singles if f + " " + s1 not in parts]
    return "|".join(parts + extra)

for typ, id, cc, qid, en, names, extra in ACTORS:
    if typ == "PER":
        names = person_variants(names)
    row(id if ":" in id else "org:" + id, typ, "person" if typ == "PER" else "org", qid, cc, "", None, None, en, names, extra)

out = os.path.join(os.path.dirname(__file__), "../../src/main/resources/org/marsad/geo/catalog.tsv")
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, "w", encoding="utf-8") as f:
    f.write("# Marsad built-in catalog (generated by scripts/geo/make_catalog.py; edit the tables there)\n")
    f.write("#id\ttype\tkind\twikidata\tcountry\tadmin1\tlat\tlon\tname_en\tnames\textra\n")
    for r in rows:
        f.write(r + "\n")
print(len(rows), "rows ->", os.path.normpath(out))
