package org.wattplan.io.output.parquet;

import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.ColumnType;

/** How each declared column type is stored in Parquet: physical type and annotations (docs/sources.md §11.1). */
final class Types {
    private static final int BOOLEAN = 0;
    private static final int INT32 = 1;
    private static final int INT64 = 2;
    private static final int DOUBLE = 5;
    private static final int BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1;
    private static final int UTF8 = 0;
    private static final int DATE = 6;
    private static final int TIMESTAMP_MICROS = 10;

    private Types() {}

    static int physical(ColumnType type) {
        return switch (type) {
            case TEXT -> BYTE_ARRAY;
            case INTEGER, TIMESTAMP -> INT64;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case DATE -> INT32;
        };
    }

    /**
     * A leaf's SchemaElement fields: type (1), repetition (3), name (4), converted type (6) and logical type (10):
     * STRING (1), DATE (6), TIMESTAMP (8: not adjusted to UTC, MICROS).
     */
    static CompactThrift schemaElement(CompactThrift out, ColumnSpec column) {
        out.i32(1, physical(column.type())).i32(3, OPTIONAL).string(4, column.name());
        switch (column.type()) {
            case TEXT -> out.i32(6, UTF8).begin(10).begin(1).end().end();
            case DATE -> out.i32(6, DATE).begin(10).begin(6).end().end();
            case TIMESTAMP ->
                out.i32(6, TIMESTAMP_MICROS)
                        .begin(10)
                        .begin(8)
                        .bool(1, false)
                        .begin(2)
                        .begin(2)
                        .end()
                        .end()
                        .end()
                        .end();
            case INTEGER, DOUBLE, BOOLEAN -> {}
        }
        return out;
    }
}
