# SPDX-License-Identifier: LGPL-3.0-or-later
"""A real OpenLDAP ``slapd`` for the tests: temporary configuration, TLS certificates, users and groups.

The directory (suffix ``dc=example,dc=org``) is loaded with ``slapadd`` before the server
starts; slapd listens on two free ports of 127.0.0.1 (``ldap://`` with StartTLS, and
``ldaps://``) with a certificate signed by a throw-away CA. ``allow bind_anon_cred`` is on
on purpose: a DN with an empty password binds anonymously, the hole the plugin must avoid.
"""

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.auth.certificates import write_ca_and_server_certificate

SUFFIX = "dc=example,dc=org"
PEOPLE = f"ou=People,{SUFFIX}"
GROUPS = f"ou=Groups,{SUFFIX}"
READER_DN = f"cn=reader,{SUFFIX}"
READER_PASSWORD = "reader-secret"
SCHEMAS = ("core", "cosine", "inetorgperson", "nis")

#: uid -> password of the test users
USERS = {
    "alice": "alice-secret",
    "bob": "bob-secret",
    "boaty": "boaty-secret",
    "admin": "admin-secret",
    "smith, john": "smith-secret",  # a comma in the uid: needs escaping to bind at all
    "star*": "star-secret",  # a star in the uid: needs filter escaping to be found
}
#: group cn -> member uids
GROUP_MEMBERS = {
    "staff": ["alice"],
    "mx_users": ["alice", "bob", "smith, john"],
    "admin": ["admin"],
}
#: another entry that an unescaped DN ``uid=admin,ou=x,ou=People,...`` would reach
HIDDEN_DN = f"uid=admin,ou=x,{PEOPLE}"
HIDDEN_PASSWORD = "hidden-secret"


def ssha(password):
    """Return an ``{SSHA}`` userPassword value."""
    salt = os.urandom(8)
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def user_dn(uid):
    """Return the DN of a test user (uid escaped as RFC 4514 requires)."""
    return f"uid={uid.replace(',', chr(92) + ',')},{PEOPLE}"


def directory_ldif():
    """Return the LDIF of the whole test directory."""
    entries = [
        [f"dn: {SUFFIX}", "objectClass: dcObject", "objectClass: organization", "o: Example", "dc: example"],
        [f"dn: {PEOPLE}", "objectClass: organizationalUnit", "ou: People"],
        [f"dn: ou=x,{PEOPLE}", "objectClass: organizationalUnit", "ou: x"],
        [f"dn: {GROUPS}", "objectClass: organizationalUnit", "ou: Groups"],
        [f"dn: {READER_DN}", "objectClass: organizationalRole", "objectClass: simpleSecurityObject", "cn: reader",
         f"userPassword: {ssha(READER_PASSWORD)}"],
        [f"dn: {HIDDEN_DN}", "objectClass: inetOrgPerson", "uid: admin", "cn: hidden", "sn: hidden",
         f"userPassword: {ssha(HIDDEN_PASSWORD)}"],
        [f"dn: uid=nopass,{PEOPLE}", "objectClass: inetOrgPerson", "uid: nopass", "cn: nopass", "sn: nopass"],
    ]
    for uid, password in USERS.items():
        entries.append([f"dn: {user_dn(uid)}", "objectClass: inetOrgPerson", f"uid: {uid}", f"cn: {uid}",
                        f"sn: {uid}", f"userPassword: {ssha(password)}"])
    for name, members in GROUP_MEMBERS.items():
        entries.append([f"dn: cn={name},{GROUPS}", "objectClass: groupOfNames", f"cn: {name}"]
                       + [f"member: {user_dn(uid)}" for uid in members])
    return "\n\n".join("\n".join(lines) for lines in entries) + "\n"


def slapd_conf(root, certs):
    """Return a slapd.conf for a directory under ``root``."""
    schema_dir = Path("/etc/ldap/schema")
    lines = [f"include {schema_dir / (name + '.schema')}" for name in SCHEMAS]
    lines += [
        "modulepath /usr/lib/ldap", "moduleload back_mdb", f"pidfile {root / 'slapd.pid'}",
        "allow bind_anon_cred",
        f"TLSCACertificateFile {certs.ca}", f"TLSCertificateFile {certs.cert}", f"TLSCertificateKeyFile {certs.key}",
        "database mdb", f'suffix "{SUFFIX}"', f'rootdn "cn=root,{SUFFIX}"', "rootpw root-secret",
        f"directory {root / 'data'}", "maxsize 10485760",
        "access to attrs=userPassword by self read by anonymous auth by * none",
        "access to * by * read",
    ]
    return "\n".join(lines) + "\n"


def free_port():
    """Return a TCP port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Slapd:
    """A running test directory."""

    process: subprocess.Popen
    port: int
    tls_port: int
    ca_file: str
    log: Path

    @property
    def uri(self):
        """Plain LDAP URI (StartTLS available)."""
        return f"ldap://127.0.0.1:{self.port}"

    @property
    def tls_uri(self):
        """LDAPS URI."""
        return f"ldaps://127.0.0.1:{self.tls_port}"

    def stop(self):
        """Stop the server."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def missing_binaries():
    """Return the names of the slapd tools this machine lacks."""
    return [name for name in ("slapd", "slapadd") if not (shutil.which(name) or Path("/usr/sbin", name).exists())]


def binary(name):
    """Return the path of a slapd tool (``/usr/sbin`` is often not on PATH)."""
    return shutil.which(name) or str(Path("/usr/sbin", name))


def start_slapd(root, port, tls_port):
    """Write the configuration and data under ``root``, load them and start slapd on the two ports."""
    root = Path(root)
    (root / "data").mkdir(parents=True)
    certs = write_ca_and_server_certificate(root)
    (root / "slapd.conf").write_text(slapd_conf(root, certs))
    (root / "directory.ldif").write_text(directory_ldif())
    subprocess.run([binary("slapadd"), "-f", str(root / "slapd.conf"), "-l", str(root / "directory.ldif")],
                   check=True, capture_output=True, timeout=60)
    log = root / "slapd.log"
    with log.open("w") as out:
        process = subprocess.Popen([binary("slapd"), "-f", str(root / "slapd.conf"), "-d", "0", "-h",
                                    f"ldap://127.0.0.1:{port}/ ldaps://127.0.0.1:{tls_port}/"],
                                   stdout=out, stderr=subprocess.STDOUT)
    server = Slapd(process, port, tls_port, str(certs.ca), log)
    deadline = time.time() + 30
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"slapd exited: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1), \
                    socket.create_connection(("127.0.0.1", tls_port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError("slapd did not start listening in 30 s")
