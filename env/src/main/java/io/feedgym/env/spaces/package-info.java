/** Spaces of observations and actions: discrete, box, multi-discrete and masked slates. */
package io.feedgym.env.spaces;
