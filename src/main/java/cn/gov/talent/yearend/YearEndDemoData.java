package cn.gov.talent.yearend;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.shared.Actor;

/**
 * The demo's year-end report, once, after every other demo loader ({@code @Order(20)}): the office opens this
 * year's report (the year of the clock's today, due in thirty days), so that it counts what the other loaders
 * did today (the completed cycle, the revocation, the grades given), and 赣州市人社局 ({@code recommender03})
 * submits its report with a remark; 南昌市人社局 ({@code recommender}) and the others have not started. The same
 * story whatever the day the demo first starts.
 */
@Component
@Profile("!prod")
@Order(20)
class YearEndDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(YearEndDemoData.class);

    private final Accounts accounts;
    private final Organization organization;
    private final YearEndReports reports;
    private final TransactionTemplate transaction;
    private final Clock clock;

    YearEndDemoData(Accounts accounts, Organization organization, YearEndReports reports,
            TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.reports = reports;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("office").isEmpty() || accounts.findByUsername("recommender03").isEmpty()
                || organization.unitByCode("GZ-HRSS").isEmpty() || !reports.rounds().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        transaction.executeWithoutResult(status -> {
            reports.open(year, today.plusDays(30), actor("office"));
            long ganzhou = organization.unitByCode("GZ-HRSS").orElseThrow().id();
            reports.submit(year, ganzhou, "本年度所辖人选均按期完成年度考核；赣州市人民医院陆晓琳完成三年培养周期，终期考核合格。",
                    actor("recommender03"));
        });
        log.info("Loaded the demo's year-end report: {} opened, 赣州市人社局 submitted", year);
    }

    private Actor actor(String username) {
        return Actor.of(accounts.currentUser(accounts.findByUsername(username).orElseThrow()));
    }
}
