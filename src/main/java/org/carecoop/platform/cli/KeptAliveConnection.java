package org.carecoop.platform.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One client thread's HTTP/1.1 connection for a benchmark: JSON POSTs with a bearer token to one path
 * of a plain-HTTP instance, on one kept-alive socket, reconnecting when the server closes it. A
 * benchmark client shares the CPU with the server it measures, and a blocking socket with requests
 * written straight from a template costs far less per request than a general-purpose HTTP client (its
 * selector thread, hand-offs between threads and per-request objects). It reads only the status and
 * skips the body, sized by Content-Length or chunked.
 */
final class KeptAliveConnection implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final byte[] head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeptAliveConnection(URI base, String path, String token) {
        if (!"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("The benchmark speaks plain HTTP only: " + base);
        }
        this.host = base.getHost();
        this.port = base.getPort() == -1 ? 80 : base.getPort();
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        this.head = ("POST " + prefix + path + " HTTP/1.1\r\n"
                        + "Host: " + host + ":" + port + "\r\n"
                        + "Authorization: Bearer " + token + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Accept: application/json\r\n"
                        + "Content-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * POSTs the JSON body and returns the answer's status code. A kept-alive connection the server
     * closed meanwhile is opened again and the request sent once more; only when that fails too is it
     * an IOException.
     */
    int post(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        boolean fresh = socket == null;
        try {
            return exchange(body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(body);
        }
    }

    private int exchange(byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }
        out.write(head);
        out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("Not an HTTP/1.1 answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            skipTrailers();
        } else {
            skip(length);
        }
        if (closing) {
            close();
        }
        return code;
    }

    /** Reads up to the blank line that ends a chunked answer's trailers, which carry nothing needed here. */
    private void skipTrailers() throws IOException {
        String trailer = line();
        while (!trailer.isEmpty()) {
            trailer = line();
        }
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("The answer ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a connection that has failed already: nothing more to do with it.
            }
            socket = null;
        }
    }
}
