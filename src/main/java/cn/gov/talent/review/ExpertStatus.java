package cn.gov.talent.review;

/** Rule breakers leave the pool (002 art. 20): they are suspended, never deleted. */
enum ExpertStatus { ACTIVE, SUSPENDED }
