/**
 * Cards the pool lists at most until the user asks for more. A region's data file holds
 * thousands of people (4,400 at 200 teams, 22,000 at 1,000): as many draggable cards cost a
 * second of rendering after every start and a few hundred ms whenever the board is left
 * (HR-overzicht, the catalogue) or opened again, for a list nobody scrolls; at that size
 * one searches or filters. Above the 500-person pools the board is measured with (the
 * 500 x 15 plan holds 520 with the sample), so those lists stay whole.
 */
export const POOL_PAGE = 600;
