#!/bin/sh
# Copies the certificate Caddy keeps for PEERTEXT_DOMAIN to /etc/coturn/certs, where coturn (user
# turnserver) can read it, and has coturn take it up: a restart the first time (coturn opens its TLS
# port only at start), SIGUSR2 after that (coturn reloads its certificate without dropping relays).
# Run as root by peertext-turn-cert.service (daily, peertext-turn-cert.timer); does nothing when
# the copy is current.
set -eu

domain="${PEERTEXT_DOMAIN:?PEERTEXT_DOMAIN is not set (/etc/peertext/domain.env)}"
caddy_certs="${CADDY_CERTS:-/var/lib/caddy/.local/share/caddy/certificates}"
dest="${COTURN_CERTS:-/etc/coturn/certs}"

# One folder per issuer (Let's Encrypt, or ZeroSSL if Caddy had to fall back): the newest wins.
crt=$(ls -t "$caddy_certs"/*/"$domain"/"$domain".crt 2>/dev/null | head -n 1)
if [ -z "$crt" ]; then
	echo "No certificate for $domain under $caddy_certs yet: is Caddy running, and does the name point here?" >&2
	exit 1
fi
key="${crt%.crt}.key"

if cmp -s "$crt" "$dest/turn.crt" && cmp -s "$key" "$dest/turn.key"; then
	exit 0
fi
first=yes
[ -e "$dest/turn.crt" ] && first=no

install -d -m 0750 -o root -g turnserver "$dest"
install -m 0644 -o root -g turnserver "$crt" "$dest/turn.crt.new"
install -m 0640 -o root -g turnserver "$key" "$dest/turn.key.new"
mv -f "$dest/turn.key.new" "$dest/turn.key"
mv -f "$dest/turn.crt.new" "$dest/turn.crt"
echo "Copied the certificate for $domain from $crt"

if [ "$first" = yes ]; then
	systemctl try-restart coturn.service
elif systemctl is-active --quiet coturn.service; then
	systemctl kill --kill-whom=main --signal=SIGUSR2 coturn.service
fi
