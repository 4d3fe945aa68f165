package com.shardsofeternity.loadtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, in the order they were added: printed as one JSON line (for scripts) and
 * as a readable table (for people). Values are numbers, strings, booleans, or lists of nested reports.
 */
public final class Report {

    private final Map<String, Object> figures = new LinkedHashMap<>();

    public Report put(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    public Object get(String name) {
        return figures.get(name);
    }

    public double number(String name) {
        Object value = figures.get(name);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public String toJson() {
        StringBuilder out = new StringBuilder();
        writeObject(out, figures);
        return out.toString();
    }

    public String toTable() {
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (String name : figures.keySet()) {
            width = Math.max(width, name.length());
        }
        for (Map.Entry<String, Object> figure : figures.entrySet()) {
            if (figure.getValue() instanceof List<?> rows) {
                out.append(figure.getKey()).append(":\n");
                appendRows(out, rows);
            } else {
                out.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", figure.getKey(), format(figure.getValue())));
            }
        }
        return out.toString();
    }

    private static void appendRows(StringBuilder out, List<?> rows) {
        List<String> columns = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof Report report) {
                for (String name : report.figures.keySet()) {
                    if (!columns.contains(name)) {
                        columns.add(name);
                    }
                }
            }
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (Object row : rows) {
                if (row instanceof Report report) {
                    widths[c] = Math.max(widths[c], format(report.figures.get(columns.get(c))).length());
                }
            }
        }
        StringBuilder header = new StringBuilder("  ");
        for (int c = 0; c < columns.size(); c++) {
            header.append(String.format(Locale.ROOT, "%" + widths[c] + "s  ", columns.get(c)));
        }
        out.append(header.toString().stripTrailing()).append('\n');
        for (Object row : rows) {
            if (row instanceof Report report) {
                StringBuilder line = new StringBuilder("  ");
                for (int c = 0; c < columns.size(); c++) {
                    line.append(String.format(Locale.ROOT, "%" + widths[c] + "s  ", format(report.figures.get(columns.get(c)))));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
    }

    static String format(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "-";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%,d", (long) d);
            }
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%,.0f", d)
                    : Math.abs(d) >= 1 ? String.format(Locale.ROOT, "%.2f", d) : String.format(Locale.ROOT, "%.3f", d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    private static void writeObject(StringBuilder out, Map<String, Object> object) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, entry.getKey());
            out.append(':');
            writeValue(out, entry.getValue());
        }
        out.append('}');
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Report report) {
            writeObject(out, report.figures);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d);
            } else {
                out.append(String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
            }
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            writeString(out, String.valueOf(value));
        }
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
