#!/usr/bin/env bash
# What the test suites need from the system, checked before any test starts (npm test and .ci/run
# run this first): Debian's headless Chromium, a Chinese font for the layout tests, the servers the
# real-server suite runs (nginx, Apache, Caddy, lighttpd with its compression module) and Python's
# http.server. As root on Debian, what is missing is installed with apt-get; otherwise the run stops
# at once with one line naming the packages and the command, instead of a cascade of failed tests.
set -uo pipefail

missing=()
# need <Debian package> <command that succeeds when it is there>
need() {
  local package=$1
  shift
  "$@" >/dev/null 2>&1 || missing+=("$package")
}
need chromium-headless-shell test -x "${CHROME_PATH:-/usr/bin/chromium-headless-shell}"
need fonts-wqy-microhei test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
need nginx test -x /usr/sbin/nginx
need apache2 test -x /usr/sbin/apache2
need caddy test -x /usr/bin/caddy
need lighttpd test -x /usr/sbin/lighttpd
need lighttpd-mod-deflate test -f /usr/lib/lighttpd/mod_deflate.so
need python3 command -v python3

[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "npm test needs these system packages: ${missing[*]}. Install them as root on Debian (sudo ${install}) or with your system's package manager, then run npm test again." >&2
  exit 1
fi
echo "Installing what the tests need: ${missing[*]}"
if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"); then
  echo "npm test could not install ${missing[*]} with apt-get (its error is above)." >&2
  exit 1
fi
