package cn.gov.talent.shared;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * A page of a long list that does not count what it does not show (issue 18). The rows come from a
 * top-N query (one row more than the page, to know whether there is a next page); the total is exact
 * when the last row is on this page, and otherwise (or when a page past the end is asked for) counted by the database only up to a bound,
 * {@value #COUNTED} rows or the end of this page if that is further: beyond it the page says
 * more than so many. Counting 1.5 million audit lines to print one number took longer than the page
 * itself.
 */
public final class BoundedPage<T> extends PageImpl<T> {

    /** How many rows a list counts at most before it says more than that. */
    public static final int COUNTED = 10_000;

    private final boolean lowerBound;

    private BoundedPage(List<T> content, Pageable pageable, long total, boolean lowerBound) {
        super(content, pageable, total);
        this.lowerBound = lowerBound;
    }

    /**
     * The page of the rows this specification selects, in the pageable's order, with a bounded total.
     * Two statements at most: the rows, and (only when there are rows after this page) the bounded
     * count.
     */
    public static <T> BoundedPage<T> of(JpaSpecificationExecutor<T> repository, EntityManager entityManager,
            Class<T> domain, Specification<T> specification, Pageable pageable) {
        Slice<T> slice = repository.findBy(specification, query -> query.slice(pageable));
        long offset = pageable.isPaged() ? pageable.getOffset() : 0;
        if (!slice.hasNext() && (slice.hasContent() || offset == 0)) {
            return new BoundedPage<>(slice.getContent(), pageable, offset + slice.getNumberOfElements(), false);
        }
        // the rows after this page (or, past the end, before it) are counted up to the bound, and at least one
        // row past this page
        long bound = Math.max(COUNTED, offset + slice.getNumberOfElements() + 1L);
        long counted = countUpTo(entityManager, domain, specification, bound + 1);
        return counted > bound
                ? new BoundedPage<>(slice.getContent(), pageable, bound, true)
                : new BoundedPage<>(slice.getContent(), pageable, counted, false);
    }

    /**
     * How many rows the specification selects, counting no further than {@code limit}: one statement,
     * {@code select count(*) from (select id from … where … limit ?)}, which stops reading rows at the
     * limit.
     */
    public static <T> long countUpTo(EntityManager entityManager, Class<T> domain, Specification<T> specification,
            long limit) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
        JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
        JpaSubQuery<Object> rows = count.subquery(Object.class);
        Root<T> root = rows.from(domain);
        var predicate = specification.toPredicate(root, count, cb);
        Path<Object> id = root.get("id");
        id.alias("id"); // a derived table's columns are named
        rows.select(id);
        if (predicate != null) {
            rows.where(predicate);
        }
        rows.fetch(limit);
        count.from(rows);
        count.select(cb.count());
        return entityManager.createQuery(count).getSingleResult();
    }

    /** Whether the total is only a lower bound: there are more rows than it says. */
    public boolean isLowerBound() {
        return lowerBound;
    }
}
