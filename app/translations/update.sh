#!/usr/bin/env bash
# Refreshes the .ts files from the sources (lupdate) and fills ec2lab_ko.ts from ko.py and ko_*.py.
#   app/translations/update.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lupdate=$(command -v lupdate6 || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -silent -no-obsolete "$here/../gui" -ts "$here/ec2lab_en.ts" "$here/ec2lab_ko.ts"
python3 - "$here" <<'PY'
import sys, xml.etree.ElementTree as ET
here = sys.argv[1]
import glob, importlib.util
# ko.py holds the main dictionary; ko_<area>.py files add the strings of one area each.
KO = {}
for f in sorted(glob.glob(f'{here}/ko*.py')):
    spec = importlib.util.spec_from_file_location('ko_part', f)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    KO.update(mod.KO)
# English is the source language: keep its translations empty (the source text is shown).
for lang in ('en', 'ko'):
    path = f'{here}/ec2lab_{lang}.ts'
    tree = ET.parse(path)
    root = tree.getroot()
    root.set('language', 'en_US' if lang == 'en' else 'ko_KR')
    if lang == 'en':
        root.set('sourcelanguage', 'en_US')
    missing = 0
    for m in root.iter('message'):
        src = m.find('source').text or ''
        tr = m.find('translation')
        if lang == 'en':
            # English plurals: "%n month(s)" -> "%n month" / "%n months", so no "(s)" is shown.
            if m.get('numerus') == 'yes' and '(s)' in src:
                tr.attrib.pop('type', None)
                for f in list(tr):
                    tr.remove(f)
                tr.text = None
                # Only the noun that follows %n agrees with it; "from %1 file(s)" stays as it is.
                import re
                pattern = re.compile(r'(%n [^\s(]+)\(s\)')
                for form in (pattern.sub(r'\1', src, 1), pattern.sub(r'\1s', src, 1)):
                    ET.SubElement(tr, 'numerusform').text = form
            continue
        text = KO.get(src)
        if text is None:
            missing += 1
            continue
        tr.attrib.pop('type', None)
        if m.get('numerus') == 'yes':
            for f in list(tr):
                tr.remove(f)
            nf = ET.SubElement(tr, 'numerusform')
            nf.text = text
        else:
            tr.text = text
    tree.write(path, encoding='utf-8', xml_declaration=True)
    if lang == 'ko':
        print(f'ec2lab_ko.ts: {missing} strings without a Korean translation')
PY
