package cn.gov.talent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;

/**
 * Time is an input: every read of the date or the instant, in the application and in its tests,
 * goes through the injected {@link Clock}. Only the two clocks themselves (the application's and the
 * suite's) may read the system clock. {@code System.nanoTime()} measures durations and stays allowed.
 */
class TimeComesFromTheClockTests {

    private static final List<Class<?>> DATE_TYPES = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class, MonthDay.class);

    /** The application's clock and the suite's: the only places that may read the system clock. */
    private static final List<String> EXEMPT = List.of("cn.gov.talent.infrastructure.ClockConfiguration",
            "cn.gov.talent.support.TestClock");

    private final JavaClasses classes = new ClassFileImporter().importPackages("cn.gov.talent");

    @Test
    void nothingReadsTheWallClock() {
        rule(EXEMPT).check(classes);
    }

    /** The rule is no empty promise: without the exemption, the two clocks themselves break it. */
    @Test
    void theRuleCatchesTheClocksThemselvesWhenNotExempt() {
        JavaClasses clocks = classes.that(DescribedPredicate.describe("the two clocks",
                (JavaClass javaClass) -> EXEMPT.contains(javaClass.getName())));
        assertThat(rule(List.of()).evaluate(clocks).getFailureReport().getDetails()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rule(EXEMPT).evaluate(classes).hasViolation()).isFalse();
    }

    private static ArchRule rule(List<String> exempt) {
        ClassesShouldConjunction rule = noClasses()
                .that(DescribedPredicate.describe("are not " + exempt, (JavaClass javaClass) -> !exempt.contains(javaClass.getName())))
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Date.class)
                .orShould().callMethod(Calendar.class, "getInstance")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class);
        for (Class<?> type : DATE_TYPES) {
            rule = rule.orShould().callMethod(type, "now").orShould().callMethod(type, "now", ZoneId.class);
        }
        return rule.because("the date and the instant come from the injected Clock (tests set it)");
    }
}
