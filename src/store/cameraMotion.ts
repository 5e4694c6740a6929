/**
 * How the map's camera reaches the next view the store asks for: a jump (the default: links,
 * Back/Forward, another map) or a flight (a presentation moving to its next slide). A flight
 * becomes a jump where the reader's system asks for reduced motion. Read once by the map
 * (src/map/useMapCamera.ts) and then forgotten, so only the move it was asked for flies.
 */
let nextMove: "fly" | "jump" = "jump";

/** Asks the map to fly to the next view the store is given. */
export function flyToNextView(): void {
  nextMove = "fly";
}

/** The way to make the move now due; resets to "jump". */
export function takeCameraMotion(prefersReducedMotion: boolean): "fly" | "jump" {
  const move = nextMove;
  nextMove = "jump";
  return prefersReducedMotion ? "jump" : move;
}
