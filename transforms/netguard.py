"""Refusing private, loopback and link-local addresses, after DNS resolution.

A feed is written by a stranger; with ``--private-addresses block`` a link in
it must not reach the services inside the network the pipeline runs in
(the cloud metadata endpoint at 169.254.169.254, an admin page on 10.0.0.5,
a database on localhost). The check is made on the addresses a host name
resolves to, at connection time, and the connection is then made to the
checked address itself, so a DNS answer that changes between check and
connect (rebinding) cannot slip through. Redirects open new connections and
are checked the same way.
"""

import ipaddress
import socket

import requests.adapters
import urllib3
import urllib3.connection

__all__ = ["BlockedAddressError", "GuardedAdapter", "is_blocked_address"]

# Beyond what ipaddress calls private: carrier-grade NAT, where some clouds
# put their metadata service (100.100.100.200).
_EXTRA_BLOCKED = (ipaddress.ip_network("100.64.0.0/10"),)


class BlockedAddressError(Exception):
  """A host that resolves to an address the pipeline may not connect to.

  Deliberately not an OSError: urllib3 would retry or rewrap those.
  """


def is_blocked_address(address: str) -> bool:
  """Loopback, private, link-local, unspecified, reserved or multicast."""
  ip = ipaddress.ip_address(address.split("%", 1)[0])
  if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
    ip = ip.ipv4_mapped
  return (ip.is_private or ip.is_loopback or ip.is_link_local
          or ip.is_unspecified or ip.is_reserved or ip.is_multicast
          or any(ip in network for network in _EXTRA_BLOCKED
                 if ip.version == network.version))


class _GuardedConnectionMixin:
  """Resolves, checks every address, then connects to a checked one."""

  def _new_conn(self):
    host = self._dns_host
    try:
      infos = socket.getaddrinfo(host, self.port, 0, socket.SOCK_STREAM)
    except socket.gaierror:
      return super()._new_conn()  # urllib3 reports the resolution failure.
    addresses = [info[4][0] for info in infos]
    blocked = [a for a in addresses if is_blocked_address(a)]
    if blocked:
      raise BlockedAddressError(
          f"{self.host} resolves to a private or local address "
          f"({blocked[0]}); refused by --private-addresses block")
    self._dns_host = addresses[0]
    try:
      return super()._new_conn()
    finally:
      self._dns_host = host


class _GuardedHTTPConnection(_GuardedConnectionMixin,
                             urllib3.connection.HTTPConnection):
  pass


class _GuardedHTTPSConnection(_GuardedConnectionMixin,
                              urllib3.connection.HTTPSConnection):
  pass


class _GuardedHTTPPool(urllib3.HTTPConnectionPool):
  ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(urllib3.HTTPSConnectionPool):
  ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(requests.adapters.HTTPAdapter):
  """A requests transport adapter whose connections refuse blocked addresses."""

  def init_poolmanager(self, *args, **kwargs):
    super().init_poolmanager(*args, **kwargs)
    self.poolmanager.pool_classes_by_scheme = {
        "http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}
