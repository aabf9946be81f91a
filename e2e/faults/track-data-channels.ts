/**
 * Init script for the phone page: remembers every data channel the page opens so the fault run can
 * drop them as a network would. Closing the channel and its peer connection at once gives both
 * ends what a lost link gives them: a channel that is gone, mid-frame or not.
 */
export function trackDataChannels(): void {
  const open: { pc: RTCPeerConnection; channel: RTCDataChannel }[] = [];
  const create = RTCPeerConnection.prototype.createDataChannel;
  RTCPeerConnection.prototype.createDataChannel = function (this: RTCPeerConnection, ...args) {
    const channel = create.apply(this, args);
    open.push({ pc: this, channel });
    return channel;
  } as typeof create;
  (globalThis as unknown as { dropDataChannels(): number }).dropDataChannels = () => {
    const live = open.splice(0).filter(({ channel }) => channel.readyState !== 'closed');
    for (const { pc, channel } of live) {
      channel.close();
      pc.close();
    }
    return live.length;
  };
}
