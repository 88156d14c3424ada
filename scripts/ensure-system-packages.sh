#!/usr/bin/env bash
# What the tests run for real, from Debian: redis-server (limiter and share store on Redis), nginx
# (the cluster's load balancer in the load test) and Chromium (browser tests; Playwright's own
# browser download cannot work on these machines). Installed only when missing, with one quiet
# `apt-get update`, never prompting; without root it says what to install and stops.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Missing ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' and retry." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
