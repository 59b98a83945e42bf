package se.folja.rest.internal.request;

import java.util.List;
import java.util.function.Function;

import se.folja.api.Page;

/** One page of a result, with the total number of matches. */
public record PageJson<T>(List<T> items, long total, int offset, int limit) {

    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageJson<>(page.items().stream().map(mapper).toList(), page.total(), page.offset(), page.limit());
    }
}
