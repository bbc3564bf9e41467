#!/usr/bin/env bash
# Regenerates the README screenshots (docs/screenshots/lab.png and cost.png) from the built app.
# The app grabs its own window (EC2LAB_SCREENSHOT) on a virtual X server, with settings kept in a
# throw-away home so a developer's own preferences do not leak into the pictures.
#   tools/screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-${BUILD_DIR:-build}}
app="$here/$build_dir/bin/ec2lab"
out="$here/docs/screenshots"
if [ ! -x "$app" ]; then
    echo "screenshots.sh: $app not found; build first (tools/dev.sh or cmake --build $build_dir)" >&2
    exit 1
fi
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

shoot() {
    local workspace=$1 file=$2
    shift 2
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        EC2LAB_WORKSPACE="$workspace" EC2LAB_SCREENSHOT="$file" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
}

# The lab on a screen of each size (a 1280x720 projector, a desktop), in each language, normal and
# in presenter mode (F5): lab-<language>-<width>x<height>[-presenter].png. The window opens on a
# screen of that size, as a user's does; presenter mode comes from the settings, as after F5.
shoot_lab() {
    local language=$1 locale=$2 size=$3 mode=${4:-}
    local settings="$home/.config/ec2lab.example.org/ec2lab.conf" suffix=""
    mkdir -p "$(dirname "$settings")"
    if [ "$mode" = presenter ]; then
        printf '[view]\npresenter=true\n' >"$settings"
        suffix=-presenter
    else
        rm -f "$settings"
    fi
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        EC2LAB_WORKSPACE=lab EC2LAB_SCREENSHOT="$out/lab-$language-$size$suffix.png" EC2LAB_WINDOW_SIZE="$size" \
        LANG="$locale" LC_ALL= LC_MESSAGES= LANGUAGE= \
        xvfb-run -a -s "-screen 0 ${size}x24" "$app" "$here/docs/screenshots/lab-scenario.json"
    rm -f "$settings"
}

# The commitment advisor over two weeks of a small fleet's hourly usage (a CUR sample), with a
# current commitment of 0.60 USD/h from the scenario: advisor-<language>-<width>x<height>.png.
shoot_advisor() {
    local language=$1 locale=$2 size=$3
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        EC2LAB_WORKSPACE=advisor EC2LAB_USAGE="$here/docs/screenshots/advisor-usage.csv" \
        EC2LAB_SCREENSHOT="$out/advisor-$language-$size.png" EC2LAB_WINDOW_SIZE="$size" \
        LANG="$locale" LC_ALL= LC_MESSAGES= LANGUAGE= \
        xvfb-run -a -s "-screen 0 ${size}x24" "$app" "$here/docs/screenshots/advisor-scenario.json"
}

# The cost workspace on a screen of each size, in each language: cost-<language>-<size>.png (the
# lab's scenario), cost-regions-<language>-<size>.png (us-east-1 and Seoul side by side, with a
# Dedicated Host, on a logarithmic scale) and cost-{us-east-1,seoul}-<language>-1280x720.png.
shoot_cost() {
    local name=$1 scenario=$2 language=$3 locale=$4 size=$5
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        EC2LAB_WORKSPACE=cost EC2LAB_SCREENSHOT="$out/$name-$language-$size.png" EC2LAB_WINDOW_SIZE="$size" \
        LANG="$locale" LC_ALL= LC_MESSAGES= LANGUAGE= \
        xvfb-run -a -s "-screen 0 ${size}x24" "$app" "$here/docs/screenshots/$scenario"
}

# The lab after the first lesson's stop/start: a new public IP highlighted on the address card.
shoot lab "$out/lab.png" "$here/docs/screenshots/lab-scenario.json"
shoot cost "$out/cost.png" "$here/docs/screenshots/lab-scenario.json"
for size in 1280x720 1600x1000; do
    for mode in normal presenter; do
        shoot_lab en en_US.UTF-8 "$size" "$mode"
        shoot_lab ko ko_KR.UTF-8 "$size" "$mode"
    done
    for lang in en:en_US.UTF-8 ko:ko_KR.UTF-8; do
        shoot_cost cost lab-scenario.json "${lang%%:*}" "${lang#*:}" "$size"
        shoot_cost cost-regions cost-regions-scenario.json "${lang%%:*}" "${lang#*:}" "$size"
        if [ "$size" = 1280x720 ]; then
            shoot_cost cost-us-east-1 cost-us-east-1-scenario.json "${lang%%:*}" "${lang#*:}" "$size"
            shoot_cost cost-seoul cost-seoul-scenario.json "${lang%%:*}" "${lang#*:}" "$size"
        fi
    done
    shoot_advisor en en_US.UTF-8 "$size"
    shoot_advisor ko ko_KR.UTF-8 "$size"
done
echo "wrote $out/lab.png, $out/cost.png, $out/lab-{en,ko}-{1280x720,1600x1000}{,-presenter}.png, the cost-*.png views and $out/advisor-{en,ko}-{1280x720,1600x1000}.png"
