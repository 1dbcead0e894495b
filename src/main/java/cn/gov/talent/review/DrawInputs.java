package cn.gov.talent.review;

import java.util.List;

/** What a draw was given, stored as JSON with the draw so it can be run again. */
record DrawInputs(List<ExpertDraw.Candidate> candidates, List<ExpertDraw.Reviewer> reviewers) {
}
