package io.multicell.integrator.statistics;

import io.multicell.core.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One page of a list: the manual offers 10, 25, 50 or 100 entries per page; pages count from 1. */
public record ListPage(int page, int size) {

    static final Set<Integer> SIZES = Set.of(10, 25, 50, 100);
    static final int DEFAULT_SIZE = 10;

    public ListPage {
        if (page < 1) {
            throw new InvalidValueException("page", "must be a whole number >= 1");
        }
        if (!SIZES.contains(size)) {
            throw new InvalidValueException("size", "must be 10, 25, 50 or 100");
        }
    }

    /** Empty when neither is given (the whole list); a page alone has 10 entries, a size alone shows page 1. */
    static Optional<ListPage> parse(String page, String size) {
        boolean noPage = page == null || page.isBlank();
        boolean noSize = size == null || size.isBlank();
        if (noPage && noSize) {
            return Optional.empty();
        }
        int number = noPage ? 1 : whole("page", page, "must be a whole number >= 1");
        int entries = noSize ? DEFAULT_SIZE : whole("size", size, "must be 10, 25, 50 or 100");
        return Optional.of(new ListPage(number, entries));
    }

    <T> List<T> of(List<T> all) {
        long from = (long) (page - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static int whole(String field, String text, String rule) {
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,9}")) {
            throw new InvalidValueException(field, rule);
        }
        return Integer.parseInt(digits);
    }
}
