package cn.gov.talent.review;

/** What a draw did: its record, how many applications got experts, how many were left short. */
public record DrawOutcome(long drawId, int applicationsAssigned, int applicationsUnfilled) {
}
