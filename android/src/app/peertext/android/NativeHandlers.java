package app.peertext.android;

import android.Manifest;
import android.content.Context;
import app.peertext.bridge.BridgeFailure;
import app.peertext.bridge.BridgeHandlers;
import app.peertext.bridge.BridgeRequest;
import app.peertext.bridge.InboundQueue;
import app.peertext.bridge.Results;
import app.peertext.bridge.SendCoordinator;
import java.io.IOException;
import java.util.List;
import org.json.JSONObject;

/** The bridge's request types on Android. Runs on the hub's worker thread. */
final class NativeHandlers implements BridgeHandlers {
  private final BridgeHub hub;
  private final Context context;
  private final AndroidRadio radio;

  NativeHandlers(BridgeHub hub) {
    this.hub = hub;
    this.context = hub.app;
    this.radio = new AndroidRadio(hub.app);
  }

  @Override
  public JSONObject capabilities() {
    return Results.capabilities(
        radio.canSend(),
        Permissions.has(context, Manifest.permission.READ_SMS),
        Permissions.has(context, Manifest.permission.RECEIVE_SMS),
        Permissions.has(context, Manifest.permission.READ_CONTACTS),
        SmsPermissionRecord.report(context));
  }

  @Override
  public JSONObject listSims() throws BridgeFailure {
    require(Manifest.permission.READ_PHONE_STATE);
    return Results.sims(SimDirectory.list(context));
  }

  @Override
  public JSONObject send(BridgeRequest.Send send) throws BridgeFailure {
    if (hub.ledger() == null) {
      throw new BridgeFailure(
          BridgeFailure.INTERNAL, "The record of sent SMS ids is unreadable, so nothing is sent: " + hub.ledgerError());
    }
    SendCoordinator coordinator =
        new SendCoordinator(
            hub.ledger(),
            radio,
            new SendCoordinator.Clock() {
              @Override
              public long now() {
                return System.currentTimeMillis();
              }
            });
    return coordinator.send(send);
  }

  @Override
  public JSONObject readInbox(long afterId, int limit) throws BridgeFailure {
    require(Manifest.permission.READ_SMS);
    // One row more than asked tells whether another page remains.
    return Results.inboxPage(InboxReader.read(context, afterId, limit + 1), afterId, limit);
  }

  @Override
  public JSONObject listInboxIds(long afterId, int limit) throws BridgeFailure {
    require(Manifest.permission.READ_SMS);
    return Results.inboxIds(InboxReader.ids(context, afterId, limit + 1), afterId, limit);
  }

  @Override
  public JSONObject lookupContacts(List<String> numbers) throws BridgeFailure {
    require(Manifest.permission.READ_CONTACTS);
    return Results.contacts(ContactLookup.find(context, numbers));
  }

  @Override
  public JSONObject reportConnections(List<String> computers) {
    hub.setComputers(computers);
    return Results.empty();
  }

  @Override
  public JSONObject ackInbound(List<Long> queueIds) throws BridgeFailure {
    try {
      InboundQueue.Ack ack = hub.ackInbound(queueIds);
      return Results.inboundAck(ack.removed, ack.unknown);
    } catch (IOException e) {
      // Gone from memory all the same: the page has them, and a restart may only repeat them.
      throw new BridgeFailure(
          BridgeFailure.INTERNAL, "Acknowledged, but the inbound queue could not be rewritten: " + e.getMessage());
    }
  }

  private void require(String permission) throws BridgeFailure {
    if (!Permissions.has(context, permission)) {
      throw BridgeFailure.permissionDenied(permission.substring(permission.lastIndexOf('.') + 1));
    }
  }
}
