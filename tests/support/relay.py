# SPDX-License-Identifier: LGPL-3.0-or-later
"""A loopback TCP relay to a real server that a test can cut and restore (a database outage)."""

import socket
import threading


class Relay:
    """Forward ``127.0.0.1:<port>`` to ``target``; :meth:`cut` closes the port and every open connection."""

    def __init__(self, target_host, target_port, port=0):
        self.target = (target_host, target_port)
        self.listener = None
        self.port = port
        self.connections = []
        self.lock = threading.Lock()

    def start(self):
        """Listen (again, on the same port) and forward new connections."""
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # cut
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self):
        """Stop listening and break every forwarded connection: the server is gone."""
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread: the port closes now
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            connections, self.connections = self.connections, []
        for sock in connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
