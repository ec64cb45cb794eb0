package org.marsad.export;

/**
 * One CSV record per RFC 4180: fields with a comma, quote or line break are quoted and their quotes
 * doubled; records end with CRLF. Hand-written because it is these few lines, where a CSV library
 * would be a new dependency.
 */
final class CsvLine {
    private CsvLine() {
    }

    static String of(Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append(',');
            String f = fields[i] == null ? "" : fields[i].toString();
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }
}
