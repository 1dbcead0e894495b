package cn.gov.talent.statistics;

import static cn.gov.talent.statistics.Sec2Item1SelectedPeopleAndTheSkilledShareTests.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.shared.StatisticsFilter;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentCount;
import cn.gov.talent.tracking.TalentStatistics;

/**
 * The selected people by the profile columns the talent record carries (V36: region, discipline group, title
 * level, gender, birth date): three people published today, their profile set to known values; the age band is
 * the age on the day the list was published. A recommending unit counts its subtree only.
 */
@IntegrationTest
class ProfileStatisticsTests {

    @Autowired
    TalentScenario scenario;

    @Autowired
    TalentStatistics statistics;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePeopleAreCountedByRegionDisciplineTitleGenderAndAgeBand() throws Exception {
        List<Talent> people = scenario.published(3);
        LocalDate today = data.today();
        // the third works elsewhere (its unit's region is then set by hand, as a unit outside Jiangxi would give it)
        scenario.employedBy(people.get(2).recordId(), "JJU");
        profile(people.get(0), "CENTRAL", "工学", "SENIOR", "M", today.minusYears(50));
        profile(people.get(1), "CENTRAL", "医学", "DEPUTY_SENIOR", "F", today.minusYears(35));
        profile(people.get(2), "WEST", "工学", "SENIOR", "F", null);
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class,
                people.get(0).recordId());
        StatisticsFilter filter = new StatisticsFilter(null, List.of(category), null, List.of());

        List<TalentCount> office = statistics.profile(data.actor("office").scope(), filter);
        assertThat(count(office, "REGION", "CENTRAL")).isEqualTo(2);
        assertThat(count(office, "REGION", "WEST")).isEqualTo(1);
        assertThat(count(office, "DISCIPLINE_GROUP", "工学")).isEqualTo(2);
        assertThat(count(office, "DISCIPLINE_GROUP", "医学")).isEqualTo(1);
        assertThat(count(office, "TITLE_LEVEL", "SENIOR")).isEqualTo(2);
        assertThat(count(office, "TITLE_LEVEL", "DEPUTY_SENIOR")).isEqualTo(1);
        assertThat(count(office, "GENDER", "M")).isEqualTo(1);
        assertThat(count(office, "GENDER", "F")).isEqualTo(2);
        assertThat(count(office, "AGE_BAND", "FROM_46_TO_55")).isEqualTo(1);
        assertThat(count(office, "AGE_BAND", "UNDER_36")).isEqualTo(1);
        assertThat(count(office, "AGE_BAND", "UNKNOWN")).isEqualTo(1);

        List<TalentCount> nanchang = statistics.profile(data.actor("recommender").scope(), filter);
        assertThat(count(nanchang, "GENDER", "F")).isEqualTo(1);
        assertThat(count(nanchang, "REGION", "WEST")).isZero();
    }

    private void profile(Talent talent, String region, String group, String title, String gender, LocalDate born) {
        jdbc.update("""
                update talent_record set region = ?, discipline_group = ?, title_level = ?, gender = ?, birth_date = ?
                where id = ?""", region, group, title, gender, born, talent.recordId());
    }
}
