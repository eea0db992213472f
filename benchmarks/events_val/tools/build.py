"""Write articles/NNN.json and gold.json from the src_*.py authoring files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import src_en1, src_en2, src_fr, src_es

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts, gold = [], []
for m in (src_en1, src_en2, src_fr, src_es):
    arts += m.ARTICLES
    gold += m.GOLD
arts.sort(key=lambda a: a["doc_id"])
os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
for a in arts:
    fn = os.path.join(ROOT, "articles", a["doc_id"].split("-")[1] + ".json")
    with open(fn, "w", encoding="utf-8") as f:
        json.dump(a, f, ensure_ascii=False, indent=1)
        f.write("\n")
gold.sort(key=lambda e: e["doc_id"])  # stable: keeps authoring order within a doc
with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote %d articles, %d gold events" % (len(arts), len(gold)))
