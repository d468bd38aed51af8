/**
 * DRN's online protocol (Zheng et al. 2018, Fig. 4): a stream of users over simulated days is served by a
 * learner that collects feedback, makes minor updates and periodic major updates; metrics per day.
 */
package io.feedgym.runner.online;
