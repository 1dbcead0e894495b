package cn.gov.talent.shared;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The one paging convention: a list page takes a {@link Pageable} (Spring Data resolves it: a
 * negative or unreadable page is the first, the size is capped at {@code spring.data.web.pageable.
 * max-page-size}), and the controller passes it through here with the list's own order. The order is
 * always the server's (no page offers sorting links, and a client's {@code sort=} must not reach a
 * query), and the page number is capped, so a huge one gives an empty last page instead of an offset
 * the database cannot take.
 */
public final class Paging {

    /** The highest page number served: 10,000 pages of up to 100 rows; beyond that, filter. */
    public static final int MAX_PAGE = 9_999;

    private Paging() {
    }

    public static Pageable of(Pageable requested, Sort order) {
        int page = Math.min(Math.max(0, requested.getPageNumber()), MAX_PAGE);
        return PageRequest.of(page, Math.max(1, requested.getPageSize()), order);
    }

    /**
     * Every row a paged query gives, a chunk at a time in this order, for exports: memory stays flat
     * whatever the count. {@code each} receives each chunk's rows together (to read what they refer to
     * in one query).
     */
    public static <T> void forEachChunk(Function<Pageable, Page<T>> query, int chunk, Sort order,
            Consumer<List<T>> each) {
        Page<T> page;
        int number = 0;
        do {
            page = query.apply(PageRequest.of(number++, chunk, order));
            each.accept(page.getContent());
        } while (page.hasNext());
    }

    /** Every row a paged query gives, a chunk at a time in this order (see {@link #forEachChunk}). */
    public static <T> void forEach(Function<Pageable, Page<T>> query, int chunk, Sort order, Consumer<T> each) {
        forEachChunk(query, chunk, order, rows -> rows.forEach(each));
    }

    /** The first page of {@code size} rows in this order (for a page that shows only the first rows of a list). */
    public static Pageable first(int size, Sort order) {
        return PageRequest.of(0, size, order);
    }
}
