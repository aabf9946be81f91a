#!/bin/sh
# Playwright's executable for the cross-network tests: Chromium inside the namespace named by
# PEERTEXT_NETNS. Playwright talks to it over a pipe, which crosses namespaces; its network does not.
set -eu
: "${PEERTEXT_NETNS:?PEERTEXT_NETNS names the network namespace}"
exec ip netns exec "$PEERTEXT_NETNS" /usr/lib/chromium/chromium "$@"
