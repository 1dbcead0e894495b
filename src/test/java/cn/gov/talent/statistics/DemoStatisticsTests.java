package cn.gov.talent.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.support.IntegrationTest;

/**
 * The demo shows charts with something in them from the first start: the funnel of this year's and last
 * year's batches, the people of the publication and tracking demos (双高 over four years, both kinds of talent,
 * five units), their states, grades, outputs and funds. Other tests only add records, so what the demo shows
 * is there whatever ran before.
 */
@IntegrationTest
class DemoStatisticsTests {

    @Autowired
    Slicer slicer;

    @Autowired
    Figures figures;

    @Autowired
    Accounts accounts;

    @Test
    void everyFigureOfTheDemoHasSomethingToDraw() {
        CurrentUser office = accounts.currentUser(accounts.findByUsername("office").orElseThrow());
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        List<Figure> shown = new ArrayList<>();
        shown.addAll(figures.selection(slicer.slice(office, new StatisticsQuery(), true), locale));
        shown.addAll(figures.people(slicer.slice(office, new StatisticsQuery(), true), locale));
        shown.addAll(figures.profile(slicer.slice(office, new StatisticsQuery(), true), locale));
        shown.addAll(figures.afterSelection(slicer.slice(office, new StatisticsQuery(), false), locale));
        assertThat(shown).allSatisfy(figure -> assertThat(figure.hasData()).as(figure.id()).isTrue());
        assertThat(SelectionFunnelTests.figure(shown, "people-skilled").rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(SelectionFunnelTests.figure(shown, "people-units").rows()).hasSizeGreaterThanOrEqualTo(3);

        // a recommending unit's pages too
        CurrentUser recommender = accounts.currentUser(accounts.findByUsername("recommender").orElseThrow());
        assertThat(figures.afterSelection(slicer.slice(recommender, new StatisticsQuery(), false), locale))
                .filteredOn(figure -> List.of("after-states", "after-outputs", "after-funds-years").contains(figure.id()))
                .allSatisfy(figure -> assertThat(figure.hasData()).as(figure.id()).isTrue());
    }
}
