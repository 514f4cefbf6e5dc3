# Counts channel defects in `compose` answers to probes-s14.jsonl (53 requests in the style of real
# customers and agents, each through chat, email, social, sms and voice; written for session 14).
# Usage: java -jar empathy-cli.jar compose < probes-s14.jsonl > out.jsonl; python3 defects.py before.jsonl after.jsonl
# The checks are heuristics: read the listed ids before trusting a count.
import json,re,sys,collections
import xml.dom.minidom
PRIVATE=[r'#?[A-Z]{1,4}-\d{3,}', r'\b1Z[0-9A-Z]{16}\b', r'\b\d{12,}\b', r'[\w.+-]+@[\w-]+\.[\w.]+', r'\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]\d{4}', r'\bABC123\b', r'\bINV-\d', r'Calle Mayor|Rua das Flores|Hauptstraße|rue de la Paix', r'\b\d{3} \d{3} \d{3}\b', r'\b0\d(?: \d\d){4}\b']
def defects(o):
    ch=o['channel']; t=o['text']; loc=o['locale']; d=[]
    if ch=='voice':
        body=re.sub(r'<[^>]+>','',t)
        if re.search(r'&lt;/?[a-zA-Z]', t): d.append('voice: tag read aloud')
        if re.search(r'&lt;|&gt;', t): d.append('voice: angle bracket read')
        if re.search(r'(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])', body): d.append('voice: numeric date read as digits')
        if re.search(r'(?<![\w/.,:-])\d{1,2}(?::\d\d)?\s?(?:AM|PM|am|pm)?\s?[-–]\s?\d{1,2}(?![\d/-])', body): d.append('voice: range read with a dash')
        if re.search(r'https?://|www\.', body): d.append('voice: URL scheme read')
        if re.search(r'characters">[A-Z]{1,2}-\d', t): d.append('voice: AM-2 style broken code')
        try: xml.dom.minidom.parseString(t)
        except Exception: d.append('voice: SSML invalid')
    if ch=='sms':
        if loc.split('-')[0] in ('es','pt') and '"encoding":"UCS-2"' not in json.dumps(o) and False: pass
        # UCS-2 for es/pt: when every char is in the language's single-shift table, UCS-2 is avoidable
        shift={'es':set('çÁÍÓÚáíóú'),'pt':set('êçÔôÁáÊÀÍÓÚÃÕÂíóúãõâ')}.get(loc.split('-')[0])
        basic=set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\f")
        units=o['length']['value']
        if shift and all(c in basic or c in shift for c in t) and not all(c in basic for c in t):
            # would the national table have saved a segment? septets with 149/155
            sept=sum(1 if c in basic and c not in '^{}\\[~]|€\f' else 2 for c in t)
            segs=1 if sept<=155 else -(-sept//149)
            u=len(t.encode('utf-16-le'))//2; ucs=1 if u<=70 else -(-u//67)
            used=[c for c in o.get('changes',[]) if 'single shift' in c['detail']]
            if segs<ucs and not used: d.append('sms: UCS-2 where the national table saves a segment')
        if any('dropped' == c['kind'] and 'timeline' in c['detail'] for c in o.get('changes',[])): d.append('sms: timeline dropped')
    if ch=='chat':
        parts=o['parts']
        for p in parts:
            if (len(p.split())<=2 and not re.search(r'[\u3040-\u30ff\u4e00-\u9fff]', p)) or len(p.strip())<6: d.append('chat: one-word bubble')
        for a,b in zip(parts,parts[1:]):
            if not re.search(r'[.!?…。！？:)\]"”]\**\s*$', a.strip()): d.append('chat: bubble ends mid-thought')
            if re.search(r'https?://\S*[^\s.,!?)]$', a.strip()): d.append('chat: link split')
        if re.search(r'&lt;|&gt;|<b>|</b>', t) and o['flavor'] in ('web','whatsapp'): d.append('chat: raw markup')
    if ch=='email':
        e=o.get('email',{})
        s=e.get('subject','')
        if re.search(r'support request|solicitud de soporte|demande d.assistance|Supportanfrage|solicitação de suporte|お問い合わせについて', s, re.I): d.append('email: generic subject')
        h=e.get('html','')
        if re.search(r'<link|<style[^>]*>[^<]*@import|url\(http', h): d.append('email: external CSS')
        if re.search(r'&amp;lt;|&amp;gt;', h): d.append('email: double-escaped markup in HTML')
        ag=None
    TAGRE=r'(?i)</?(?:b|i|u|br|p|li|strong|em|span|div|script)\b[^<>]*>'
    if ch in ('social','sms') and re.search(TAGRE, ' '.join(o['parts'])): d.append(ch+': raw HTML tag shown')
    if ch=='email' and re.search(TAGRE, o.get('email',{}).get('subject','')): d.append('email: HTML tag in subject')
    if ch=='social':
        parts=o['parts']; post=parts[0] if parts else ''
        for pat in PRIVATE:
            m=re.search(pat, post)
            if m: d.append('social: private data in public post'); break
        if o['length']['limit'] and o['length']['value']>o['length']['limit']: d.append('social: over limit')
    return d
def run(path, reqs):
    c=collections.Counter(); per={}
    for l in open(path):
        o=json.loads(l)
        if 'error' in o: c['error']+=1; continue
        r=reqs[o['id']]
        dd=defects(o)
        by=(r.get('timeline') or {}).get('by')
        if by and 'T' in by and by[:10]!=r['now'][:10] and o['channel'] in ('social','sms'):
            month={'en':'December','es':'diciembre','pt':'dezembro','fr':'décembre','de':'Dezember','ja':'12月'}[o['locale'].split('-')[0]]
            post=o['parts'][0] if o['channel']=='social' else o['text']
            if month not in post and str(int(by[8:10])) not in post: dd.append(o['channel']+': deadline day lost')
        if o['channel']=='email' and r.get('agentName') and r['agentName'] not in o['text'].split('\n')[-1]: dd.append('email: sign-off without the agent')
        per[o['id']]=dd
        for x in dd: c[x]+=1
    return c,per
import os
reqs={json.loads(l)['id']:json.loads(l) for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'probes-s14.jsonl'))}
res=[run(p,reqs) for p in sys.argv[1:]]
keys=sorted(set().union(*[r[0].keys() for r in res]))
for k in keys: print(f"{k:60s}", "  ".join(f"{r[0][k]:4d}" for r in res))
print(f"{'TOTAL':60s}", "  ".join(f"{sum(r[0].values()):4d}" for r in res))
if len(res)==2:
    for i in res[0][1]:
        if set(res[0][1][i])!=set(res[1][1].get(i,[])): print(i, res[0][1][i], '->', res[1][1].get(i))
