import * as z from 'zod/mini';

/**
 * How a dossier reaches the agency, with the codes the national portal uses: 1 in person, 2 online,
 * 3 public postal service.
 *
 * @example
 * z.parse(ChannelSchema, Channel.online) // 2
 */
export const ChannelSchema = z.literal([1, 2, 3]);
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * The channel codes by name, so code reads `Channel.online` rather than `2`.
 *
 * @example
 * dossier.channel === Channel.postal
 */
export const Channel = { inPerson: 1, online: 2, postal: 3 } as const satisfies Record<string, Channel>;
