package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the suggested list shares the batch's places among categories: in proportion to each
 * category's applications in the last round, largest remainder first, never more than a category has.
 */
class ProposalShareTest {

    @ParameterizedTest(name = "{0} places over {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            // places; applications per category (ids 1, 2, 3); expected share
            "10; 60,40; 6,4",
            "10; 50,30,20; 5,3,2",
            "10; 1,1,1; 1,1,1",               // fewer applications than places: everyone
            "7; 5,5,5; 3,2,2",                // 2.33 each: the extra place goes to the first by id
            "5; 8,1,1; 4,1,0",                // 4, 0.5, 0.5: remainders tie, the smaller id wins
            "3; 100,3,2; 3,0,0",              // 2.86, 0.09, 0.06
            "100; 40,70; 36,64",              // 36.4 and 63.6 with 100 places over 110
            "1; 0,4; 0,1"})
    void sharesThePlacesByLargestRemainder(int places, String counts, String expected) {
        Map<Long, Long> applications = new LinkedHashMap<>();
        String[] parts = counts.split(",");
        for (int i = 0; i < parts.length; i++) {
            applications.put((long) i + 1, Long.parseLong(parts[i]));
        }
        Map<Long, Integer> share = Proposals.share(places, applications);
        String[] wanted = expected.split(",");
        for (int i = 0; i < wanted.length; i++) {
            assertThat(share.get((long) i + 1)).as("category %d", i + 1).isEqualTo(Integer.parseInt(wanted[i]));
        }
        assertThat(share.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(Math.min(places, applications.values().stream().mapToLong(Long::longValue).sum()));
    }
}
