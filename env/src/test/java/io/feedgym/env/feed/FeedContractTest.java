package io.feedgym.env.feed;

import io.feedgym.env.check.EnvironmentContract;
import io.feedgym.env.registry.Envs;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Both feeds pass the environment checker in both action forms (the registry test covers the slate defaults too). */
class FeedContractTest {
  @TestFactory
  Stream<DynamicTest> everyEpisodeKindAndActionFormPasses() {
    return Stream.of("feed-v0", "feed-return-v0").flatMap(id -> Stream.of("slate", "weights").flatMap(action ->
        EnvironmentContract.dynamicTests(id + " action=" + action, () -> Envs.make(id, Map.of("action", action)))));
  }
}
