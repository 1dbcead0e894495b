package cn.gov.talent.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.BoundedPage;

/**
 * For the templates, as {@code @pages}: whether a page's total is only a lower bound (a long list
 * that counts no further than {@link BoundedPage#COUNTED} rows), so the pager and the caption say
 * more than so many instead of a number.
 */
@Component("pages")
public class PageTotals {

    public boolean lowerBound(Page<?> page) {
        return page instanceof BoundedPage<?> bounded && bounded.isLowerBound();
    }
}
