#!/usr/bin/env python3
"""Measures what each channel keeps on realistic tickets (the issue #13 figures).

Usage: python3 empathy-channels/figures/measure.py [tickets.jsonl]
Needs the CLI built (mvn -q -DskipTests package). Renders every ticket in every channel and
flavour through `empathy-cli.jar compose` and prints one table per channel.
"""
import json, re, subprocess, sys, unicodedata, collections, os, glob

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "empathy-examples/target/empathy-cli.jar")
TICKETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "empathy-channels/src/test/resources/figures/tickets.jsonl")
GSM = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€")

tickets = [json.loads(l) for l in open(TICKETS, encoding="utf-8") if l.strip()]
for t in tickets:
    for k in ("channel", "flavor", "maxParts"):
        t.pop(k, None)

def lang(t): return t.get("locale", "en-US").split("-")[0]

def render(channel, flavor, extra=None):
    lines = []
    for t in tickets:
        d = dict(t, channel=channel, flavor=flavor, **(extra or {}))
        lines.append(json.dumps(d, ensure_ascii=False))
    out = subprocess.run(["java", "-jar", JAR, "compose"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, encoding="utf-8").stdout
    return [json.loads(l) for l in out.splitlines()]

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).lower()

def key_words(item, n=4):
    words = re.findall(r"\w+", norm(item))
    return words[:n]

def holds(text, item):
    """The item's first words appear in order, contiguous, in the text (CJK: its first 8 characters)."""
    t = norm(text)
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", item):
        return norm(item)[:8] in t
    w = key_words(item)
    return re.search(r"\W+".join(map(re.escape, w)), t) is not None

def timeline_of(r):
    for b in r["blocks"]:
        if b["kind"] == "timeline":
            return b["text"]
    return None

def has_timeline(text, tl):
    """The timeline whole, or its deadline (the last part holding a digit: "November 30", "12:30 PM")."""
    if tl is None:
        return True
    if holds(text, tl):
        return True
    tail = re.findall(r"\d[^,.。（(]*", tl)
    if tail and " ".join(norm(tail[-1]).split()[:3]) in norm(text):
        return True
    # the timeline in brief (fit.timeline.short in channels_*.properties)
    return re.search(r"expect an update by|tendrás? noticias|aura[sz]? des nouvelles|nächste rückmeldung|terá notícias|までにご連絡", norm(text)) is not None

def dm_lines():
    out = set()
    for f in glob.glob(os.path.join(ROOT, "empathy-core/src/main/resources/dev/empathy/phrase/channels_*.properties")):
        for l in open(f, encoding="utf-8"):
            m = re.match(r"social\.dm[\w.]*\s*=\s*(.+)", l)
            if m:
                out.add(m.group(1).strip())
    return out

def pct(n, d): return f"{n}/{d}"

def report(title, rows):
    print(f"\n## {title}\n")
    for k, v in rows:
        print(f"- {k}: {v}")

by_lang = collections.Counter(lang(t) for t in tickets)
print(f"{len(tickets)} tickets: " + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items())))

# ---- social
DMS = dm_lines()
for flavor in ("x", "facebook", "instagram", "linkedin"):
    rs = render("social", flavor)
    en = [i for i, t in enumerate(tickets) if lang(t) == "en"]
    other = [i for i, t in enumerate(tickets) if lang(t) != "en"]
    def action_in(i):
        r = rs[i]; post = r["parts"][0]
        return holds(post, tickets[i]["actions"][0]) or "redacted" in json.dumps(r["changes"]) and any(c["kind"]=="redacted" and "action" in c["detail"] for c in r["changes"])
    dm = [i for i, r in enumerate(rs) if any(d in r["parts"][0] for d in DMS)]
    private = [i for i, r in enumerate(rs) if any(c["kind"] in ("redacted", "moved") and "contained" in c["detail"] for c in r["changes"])]
    needless = [i for i in dm if i not in private]
    grateful_dm = [i for i in dm if tickets[i]["emotion"] == "grateful"]
    boundary_public = [i for i, r in enumerate(rs) if any(b["kind"] == "boundary" and b["text"] in r["parts"][0] for b in r["blocks"])]
    privately = [i for i in dm if re.search(r"privately|private message|privé|privad|privat|privad|非公開|ダイレクト", rs[i]["parts"][0], re.I)]
    tl = [i for i, r in enumerate(rs) if timeline_of(r) and has_timeline(r["parts"][0], timeline_of(r))]
    report(f"social/{flavor}", [
        ("first action in the public post, English", pct(sum(action_in(i) for i in en), len(en))),
        ("first action in the public post, other locales", pct(sum(action_in(i) for i in other), len(other))),
        ("timeline in the public post", pct(len(tl), sum(1 for r in rs if timeline_of(r)))),
        ("DM line", pct(len(dm), len(rs))),
        ("DM line with nothing private moved", pct(len(needless), len(rs))),
        ("DM line for a grateful customer", pct(len(grateful_dm), sum(1 for t in tickets if t["emotion"] == "grateful"))),
        ("'privately' wording", pct(len(privately), len(rs))),
        ("boundary block public", pct(len(boundary_public), sum(1 for t in tickets if t.get("boundary")))),
        ("longest post (" + rs[0]["length"]["unit"] + ")", max(r["length"]["value"] for r in rs)),
    ])

# ---- sms
def sms_figures(rs, label):
    segs = collections.Counter()
    rows = []
    per_lang = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # n, gsm, action, timeline, <=2
    word_splits = 0
    for i, r in enumerate(rs):
        n = len(r["parts"]); segs[n] += 1
        gsm = all(c in GSM for c in r["text"])
        a = holds(r["text"], tickets[i]["actions"][0])
        tl = timeline_of(r)
        has_tl = has_timeline(r["text"], tl)
        p = per_lang[lang(tickets[i])]
        p[0] += 1; p[1] += gsm; p[2] += a; p[3] += has_tl; p[4] += n <= 2
        for a_, b_ in zip(r["parts"], r["parts"][1:]):
            if a_ and b_ and a_[-1].isalnum() and b_[0].isalnum():
                word_splits += 1
    report(label, [("segments", dict(sorted(segs.items())))] + [
        (f"{l}: GSM-7 / first action / timeline / ≤2 segments", f"{p[1]}/{p[0]}, {p[2]}/{p[0]}, {p[3]}/{p[0]}, {p[4]}/{p[0]}")
        for l, p in sorted(per_lang.items())] + [("segment boundaries inside a word", word_splits)])

sms_figures(render("sms", "sms"), "sms")

# ---- chat
for flavor in ("web", "slack", "teams", "whatsapp", "messenger"):
    rs = render("chat", flavor)
    sizes = [r["length"]["value"] for r in rs]
    counts = [len(r["parts"]) for r in rs]
    angry_bang = sum(1 for i, r in enumerate(rs) if tickets[i]["emotion"] in ("angry", "frustrated", "sad", "anxious")
                     and re.match(r"[^\n.!?]*!", r["parts"][0]) is not None)
    hot = sum(1 for t in tickets if t["emotion"] in ("angry", "frustrated", "sad", "anxious"))
    report(f"chat/{flavor}", [
        ("longest bubble (graphemes): max / median", f"{max(sizes)} / {sorted(sizes)[len(sizes)//2]}"),
        ("replies with a bubble over 320", sum(1 for s in sizes if s > 320)),
        ("replies with a bubble over 500", sum(1 for s in sizes if s > 500)),
        ("bubbles per reply: max / median", f"{max(counts)} / {sorted(counts)[len(counts)//2]}"),
        ("replies with more than 3 bubbles", sum(1 for c in counts if c > 3)),
        ("'!' in the greeting for an angry, frustrated, sad or anxious customer", pct(angry_bang, hot)),
    ])

# ---- voice
for flavor in ("ssml",):
    rs = render("voice", flavor)
    secs = [r["length"]["value"] for r in rs]
    ent = sum(1 for r in rs if re.search(r"&amp;(?:[a-z]+|#\d+);", r["text"]))
    brackets = sum(1 for r in rs if re.search(r"[（(][月火水木金土日][）)]", r["text"]))
    per_lang = collections.defaultdict(list)
    for i, s in enumerate(secs):
        per_lang[lang(tickets[i])].append(s)
    report(f"voice/{flavor}", [
        ("spoken seconds at 140 wpm: max / median", f"{max(secs)} / {sorted(secs)[len(secs)//2]}"),
        ("over 35 s", pct(sum(1 for s in secs if s > 35), len(secs))),
        ("over 45 s", pct(sum(1 for s in secs if s > 45), len(secs))),
        ("by language, max seconds", ", ".join(f"{l} {max(v)}" for l, v in sorted(per_lang.items()))),
        ("a markup entity spoken aloud", ent),
        ("a bracketed weekday", brackets),
    ])

# ---- email
rs = render("email", "html")
FILLER = re.compile(r"^(thank|thanks|i understand|i.m sorry|that sounds|hello|hi\b|gracias|merci|danke|obrigad|ありがとう)", re.I)
pre_action = sum(1 for i, r in enumerate(rs) if holds(r["email"]["preheader"], tickets[i]["actions"][0]))
pre_tl = sum(1 for i, r in enumerate(rs) if timeline_of(r) and has_timeline(r["email"]["preheader"], timeline_of(r)))
pre_framed = sum(1 for r in rs if re.match(r"^[^:：]{3,40}[:：]", r["email"]["preheader"]))
BAD_END = re.compile(r"\b(the|a|an|of|to|between|and|or|with|for|in|on|der|die|das|den|dem|des|ein|eine|einen|le|la|les|du|de|des|el|los|las|o|a|os|as|do|da)$", re.I)
cut_subject = [r["email"]["subject"] for r in rs if BAD_END.search(r["email"]["subject"]) or r["email"]["subject"].endswith("…")]
report("email/html", [
    ("preheader holds the first action", pct(pre_action, len(rs))),
    ("preheader holds the timeline", pct(pre_tl, sum(1 for r in rs if timeline_of(r)))),
    ("preheader opens with a framing phrase ('Now, first things first:')", pct(pre_framed, len(rs))),
    ("subjects ending on an article, preposition or '…'", f"{len(cut_subject)} {cut_subject[:5]}"),
])
