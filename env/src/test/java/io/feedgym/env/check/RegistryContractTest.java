package io.feedgym.env.check;

import io.feedgym.env.registry.Envs;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every registered environment, on its default configuration, passes every check. */
class RegistryContractTest {
  @TestFactory
  Stream<DynamicTest> everyRegisteredEnvironmentPasses() {
    return Envs.specs().stream().flatMap(spec -> EnvironmentContract.dynamicTests(spec.id(), () -> Envs.make(spec.id())));
  }
}
