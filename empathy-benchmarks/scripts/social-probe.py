# Composes the 50 probe tweets (TweetProbeTest's tweets.jsonl) for x, facebook, instagram, linkedin through the CLI.
# usage (from the project root): python3 empathy-benchmarks/scripts/social-probe.py empathy-examples/target/empathy-cli.jar OUT  → OUT.json
import json, subprocess, sys, re, collections
JAR = sys.argv[1]
out_prefix = sys.argv[2]
tw = [json.loads(l) for l in open('empathy-channels/src/test/resources/dev/empathy/channels/social/tweets.jsonl')]
def run(cmd, lines):
    p = subprocess.run(([JAR] if JAR.endswith(".sh") else ["java","-jar",JAR])+[cmd], input='\n'.join(json.dumps(l, ensure_ascii=False) for l in lines)+'\n', capture_output=True, text=True)
    return [json.loads(l) for l in p.stdout.splitlines()]
an = run('analyze', [{"id":t["id"],"text":t["text"],"locale":t["locale"]} for t in tw])
emo = {a["id"]: a.get("primary","neutral") for a in an}
reqs = []
for fl in ["x","facebook","instagram","linkedin"]:
  for t in tw:
    r = {"id":t["id"]+"/"+fl,"conversationId":t["id"],"locale":t["locale"],"customer":t["customer"],
         "emotion":t.get("emotion", emo[t["id"]]),"channel":"social","flavor":fl,"now":"2026-12-06T12:00:00Z"}
    for k in ["situation","summary","actions","timeline","followUp","confirm"]:
      if k in t: r[k]=t[k]
    reqs.append(r)
res = run('compose', reqs)
json.dump({"analyze":an,"compose":res,"reqs":reqs}, open(out_prefix+'.json','w'), ensure_ascii=False, indent=0)
