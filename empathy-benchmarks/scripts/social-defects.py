# Counts public-post defects in social-probe.py output: python3 empathy-benchmarks/scripts/social-defects.py OUT.json [-v]
import json, sys, re, collections, unicodedata
d = json.load(open(sys.argv[1]))
tw = {json.loads(l)["id"]: json.loads(l) for l in open('empathy-channels/src/test/resources/dev/empathy/channels/social/tweets.jsonl')}
SARCASM = {"t01","t07","t22","t32","t34"}
APOL = re.compile(r"sorry|apolog|lo siento|lamento|disculp|désolé|regrette|excuse|tut mir leid|entschuldig|peço desculpas|desculp|申し訳|お詫び", re.I)
THANK = re.compile(r"thank|gracias|agradec|merci|danke|obrigad|agradeç|ありがとう", re.I)
FILLER = re.compile(r"your (issue|concern|problem|inquiry)|su (problema|consulta|inquietud)|votre (problème|demande|préoccupation)|Ihr(em|en)? (Anliegen|Problem)|seu (problema|pedido de ajuda)|お問い合わせの件", re.I)
EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
defects = collections.Counter(); examples = collections.defaultdict(list)
openings = collections.defaultdict(collections.Counter)
n = 0; total_len = 0; sentences = 0
def flag(kind, cid, post):
    defects[kind] += 1
    if len(examples[kind]) < 4: examples[kind].append(cid + ": " + post[:200])
for c in d["compose"]:
    if "error" in c: flag("error", c["id"], json.dumps(c["error"])); continue
    n += 1
    tid, fl = c["id"].split("/")
    t = tw[tid]
    posts = c["parts"][:-1]; post = "\n".join(posts)
    total_len += len(post)
    sentences += len(re.findall(r"[.!?。！？](\s|$)", post))
    if c["length"]["value"] > c["length"]["limit"]: flag("over_limit", c["id"], post)
    # private data: tokens of 4+ digits / emails / phones / references in inputs that reach the post
    src = " ".join([t["text"], t.get("situation",""), " ".join(t.get("actions",[])), t.get("followUp",""), t.get("confirm","")])
    secrets = set(re.findall(r"[\w.]+@[\w.]+\.\w+|\d{3}-\d{3}-\d{4}|#?[A-Z]{0,2}-?\d{4,}|\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b\d+ Elm St\b", src))
    for s in secrets:
        if s in post: flag("private_data", c["id"], post)
    kinds = [b["kind"] for b in c["blocks"]]
    ceremony = 0
    greet = next((b["text"] for b in c["blocks"] if b["kind"]=="greeting"), None)
    if greet and post.startswith(greet.split()[0]): ceremony += 1
    if APOL.search(post): ceremony += 1
    if THANK.search(post): ceremony += 1
    closing = next((b["text"] for b in c["blocks"] if b["kind"]=="closing"), None)
    if closing and closing.strip() in post: ceremony += 1
    if ceremony >= 3: flag("stacked_ceremony", c["id"], post)
    if closing and closing.strip() in post and "action" in kinds: flag("closing_filler_in_public", c["id"], post)
    if FILLER.search(post): flag("your_issue_filler", c["id"], post)
    if tid in SARCASM and re.match(r"(thanks|thank you|gracias|merci|danke|obrigad)", post, re.I): flag("sarcasm_literal", c["id"], post)
    if re.search(r"[,;:]\s*[.!?]|\s[,.]|…\S|\S…\S|#\(|#\s|@\s|@\(", post): flag("broken_after_cut", c["id"], post)
    if post.rstrip().endswith("…"): flag("cut_with_ellipsis", c["id"], post)
    for h in re.findall(r"[@#][\w]+", src):
        if h[1:] in post and h not in post and not re.search(r"\b"+re.escape(h[1:])+r"\b", post): flag("handle_mangled", c["id"], post)
    for h in re.findall(r"@\w+", post):
        if h.lower() != t["customer"].lower(): flag("third_party_handle", c["id"], post)
    # emoji: every emoji in the input fields used in public words appears whole
    for m in re.finditer(r"\S*[\U0001F000-\U0001FAFF\u2600-\u27BF][\S]*", t.get("situation","")):
        if m.group(0) not in post and any(w in post for w in t["situation"].split() if len(w) > 4 and not EMOJI.search(w)): flag("emoji_dropped_or_split", c["id"], post)
    if re.search(r"[\u200d\ufe0f]$|^[\u200d\ufe0f]|[\ud800-\udfff]", post): flag("emoji_dropped_or_split", c["id"], post)
    if re.search(r"those details|esos datos|ces informations|diese Angaben|esses dados", post) and not re.search(r"order number|account|email|phone|número|numéro|Nummer", " ".join(t.get("actions",[]))+t.get("followUp","")):
        flag("dm_line_wrong_reason", c["id"], post)
    if re.search(r"\bDM\b.*\b(DM|private message|messaged you privately)\b", post, re.S): flag("dm_said_twice", c["id"], post)
    words = re.sub(r"^(Hi|Hello|Hey|Hola|Bonjour|Hallo|Olá|Oi)[^.!,]*[.!,]\s*", "", post).split()
    op = " ".join(words[:4]) if t["locale"] != "ja" else post[:8]
    openings[(fl, t["locale"][:2])][op] += 1
rep = 0
for k, cnt in openings.items():
    for op, m in cnt.items():
        if m > 1: rep += m - 1; examples["same_opening_twice"].append(f"{k} x{m}: {op}") if len(examples["same_opening_twice"])<8 else None
defects["same_opening_twice"] = rep
print(f"replies {n}, mean public chars {total_len/n:.0f}, mean sentences {sentences/n:.2f}")
for k in ["error","over_limit","private_data","stacked_ceremony","closing_filler_in_public","same_opening_twice","your_issue_filler","sarcasm_literal","broken_after_cut","cut_with_ellipsis","handle_mangled","emoji_dropped_or_split","dm_line_wrong_reason","dm_said_twice","third_party_handle"]:
    print(f"{k:28s} {defects[k]}")
if "-v" in sys.argv:
    for k, v in examples.items():
        print("##", k); [print("   ", e.replace("\n","⏎")) for e in v]
