package io.feedgym.env.feed;

import io.feedgym.env.check.EnvironmentContract;
import io.feedgym.env.registry.Envs;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** feed-cohorts-v0 passes the environment checker in both splits and both action forms. */
class CohortContractTest {
  @TestFactory
  Stream<DynamicTest> everySplitAndActionFormPasses() {
    return Stream.of("train", "heldout").flatMap(split -> Stream.of("slate", "weights").flatMap(action ->
        EnvironmentContract.dynamicTests("feed-cohorts-v0 split=" + split + " action=" + action,
            () -> Envs.make("feed-cohorts-v0", Map.of("split", split, "action", action)))));
  }
}
