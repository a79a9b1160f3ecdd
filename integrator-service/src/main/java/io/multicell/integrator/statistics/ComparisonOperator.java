package io.multicell.integrator.statistics;

import io.multicell.core.InvalidValueException;
import java.util.Locale;

/** The operators of the statistics filter, as the manual lists them: &lt; less than, &gt; more than, = equal to, &lt;= , &gt;=. */
public enum ComparisonOperator {

    LT("<"),
    GT(">"),
    EQ("="),
    LE("<="),
    GE(">=");

    static final String RULE = "must be one of lt, gt, eq, le, ge (or <, >, =, <=, >=)";

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(long value, long reference) {
        return switch (this) {
            case LT -> value < reference;
            case GT -> value > reference;
            case EQ -> value == reference;
            case LE -> value <= reference;
            case GE -> value >= reference;
        };
    }

    /** By code (lt, gt, eq, le, ge; any case) or by the manual's symbol. */
    public static ComparisonOperator parse(String field, String text) {
        String wanted = text == null ? "" : text.strip();
        for (ComparisonOperator operator : values()) {
            if (operator.symbol.equals(wanted) || operator.name().equals(wanted.toUpperCase(Locale.ROOT))) {
                return operator;
            }
        }
        throw new InvalidValueException(field, RULE);
    }
}
