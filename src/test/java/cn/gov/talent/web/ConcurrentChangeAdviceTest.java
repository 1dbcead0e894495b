package cn.gov.talent.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ConcurrentChangeAdviceTest {

    @RestController
    static class Racing {
        @GetMapping("/race")
        String race() {
            throw new OptimisticLockingFailureException("version changed");
        }
    }

    @Test
    void aLostRaceAnswersConflictWithAnExplanationPage() throws Exception {
        MockMvcBuilders.standaloneSetup(new Racing()).setControllerAdvice(new ConcurrentChangeAdvice()).build()
                .perform(get("/race")).andExpect(status().isConflict()).andExpect(view().name("error/409"));
    }
}
