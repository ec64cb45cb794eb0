package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gzip decompression that refuses gzip bombs: output is cut off beyond a byte limit, and beyond a
 * compression ratio once the output is past a floor (small texts may compress very well, large ones
 * that expand a hundredfold are not news). Concatenated gzip members are read as one stream.
 */
public final class BoundedGunzip {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 4L * 1024 * 1024;

    private final long maxBytes;
    private final int maxRatio;

    public BoundedGunzip() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO);
    }

    public BoundedGunzip(long maxBytes, int maxRatio) {
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    public byte[] gunzip(byte[] compressed) throws InputException {
        long limit = Math.min(maxBytes, Math.max(RATIO_FLOOR, (long) compressed.length * maxRatio));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4, 1 << 20));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 64 * 1024)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new InputException("gzip expands beyond " + limit + " bytes (" + compressed.length
                            + " compressed; limits " + maxBytes + " bytes, ratio " + maxRatio + "): refused as a possible gzip bomb");
                }
                out.write(buffer, 0, n);
            }
        } catch (java.io.EOFException e) {
            throw new InputException("truncated gzip data");
        } catch (IOException e) {
            throw new InputException("corrupt gzip data: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
