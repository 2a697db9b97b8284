package org.wattplan.core.run;

/** What deleting a stored run did. */
public enum RunDeletion {
    DELETED,
    NOT_FOUND,
    /** The run is queued or running: cancel it first. */
    LIVE
}
