#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root with dpkg -x (no root needed, the
# system is untouched), checks the installed files and runs the installed binary.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/out" > "$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
case "$depends" in
    *libqt6widgets6*) ;;
    *) echo "shlibdeps did not derive the Qt dependencies"; exit 1 ;;
esac

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/ec2lab \
         usr/share/applications/io.ec2lab.ec2lab.desktop \
         usr/share/metainfo/io.ec2lab.ec2lab.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.ec2lab.ec2lab.svg \
         usr/share/man/man1/ec2lab.1.gz \
         usr/share/ec2lab/samples/lifecycle-demo.json; do
    if [ ! -e "$root/$f" ]; then
        echo "missing from the package: /$f"
        exit 1
    fi
done

version=$("$root/usr/bin/ec2lab" --version)
echo "installed binary says: $version"
[ "$version" = "ec2lab $(dpkg-deb -f "$deb" Version)" ] || { echo "version mismatch"; exit 1; }

out=$(env -u DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/ec2lab" simulate "$root/usr/share/ec2lab/samples/lifecycle-demo.json" --json)
echo "$out" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
assert doc["results"], "no results"
assert doc["instances"], "no instances"
print("installed simulate: %d results, %d instances, total %s" % (len(doc["results"]), len(doc["instances"]), doc["total_cost"]))
'
