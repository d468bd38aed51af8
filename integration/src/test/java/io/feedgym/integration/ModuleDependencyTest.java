package io.feedgym.integration;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the one-way module dependencies env ← rewards ← replay ← policies ← offline ← agents ← examples,
 * with networks (which needs only env) beside policies under agents, and that only networks, agents and
 * examples use DL4J/ND4J (docs/architecture.md).
 */
class ModuleDependencyTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.feedgym");
    if (classes.size() < 50) {
      throw new IllegalStateException("expected the FeedGym classes on the class path, found " + classes.size());
    }
  }

  @Test
  void modulesDependOnlyDownstream() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("io.feedgym..")
        .withOptionalLayers(true)
        .layer("env").definedBy("io.feedgym.env..", "io.feedgym.config..", "io.feedgym.io..")
        .layer("rewards").definedBy("io.feedgym.rewards..")
        .layer("replay").definedBy("io.feedgym.replay..")
        .layer("policies").definedBy("io.feedgym.policies..")
        .layer("networks").definedBy("io.feedgym.networks..")
        .layer("offline").definedBy("io.feedgym.offline..")
        .layer("agents").definedBy("io.feedgym.agents..", "io.feedgym.runner..")
        .layer("examples").definedBy("io.feedgym.cli..", "io.feedgym.examples..")
        .whereLayer("examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("agents").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("networks").mayOnlyBeAccessedByLayers("agents", "examples")
        .whereLayer("offline").mayOnlyBeAccessedByLayers("agents", "examples")
        .whereLayer("policies").mayOnlyBeAccessedByLayers("offline", "agents", "examples")
        .whereLayer("replay").mayOnlyBeAccessedByLayers("policies", "offline", "agents", "examples")
        .whereLayer("rewards").mayOnlyBeAccessedByLayers("replay", "policies", "offline", "agents", "examples")
        .check(classes);
  }

  @Test
  void coreModulesAreFreeOfDl4j() {
    noClasses()
        .that().resideInAnyPackage("io.feedgym.env..", "io.feedgym.config..", "io.feedgym.io..",
            "io.feedgym.rewards..", "io.feedgym.replay..", "io.feedgym.policies..", "io.feedgym.offline..",
            "io.feedgym.runner..")
        .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
        .because("env, rewards, replay, policies, offline and the runner must run without DL4J")
        .check(classes);
  }
}
