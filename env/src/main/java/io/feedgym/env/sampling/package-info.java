/** Seeded random draws shared by the simulators (normal variates with a fixed number of uniforms per draw). */
package io.feedgym.env.sampling;
