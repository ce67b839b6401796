"""Which URLs a shared server may fetch on a visitor's behalf: public addresses only.

Without this, anyone who can reach the web page could make the server read its own
loopback services (the Chroma or llama.cpp servers), the cloud metadata address or the
office network, and get the text back as a "posting". Every redirect hop is checked too.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

from ingest.errors import InputError


def _addresses(host: str) -> list[str]:
    return [info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)]


def check_public_url(url: str) -> None:
    """Raise InputError unless every address the URL's host resolves to is a public one."""
    host = urlparse(url).hostname
    if not host:
        raise InputError(f"{url}: the URL names no host")
    try:
        addresses = _addresses(host)
    except (socket.gaierror, UnicodeError):
        raise InputError(f"{url}: the host '{host}' could not be resolved") from None
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if address.version == 6 and address.ipv4_mapped:  # ::ffff:127.0.0.1 is loopback too
            address = address.ipv4_mapped
        if not address.is_global:
            raise InputError(f"{url}: '{host}' is a private or local address; this server only "
                             "fetches public pages")
