package com.shardsofeternity.server.world;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A place in the world and the places one can travel to from it. */
@Entity
@Table(name = "locations")
@NamedQuery(name = "Location.all", query = "SELECT l FROM Location l ORDER BY l.id")
public class Location {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "description", length = 255)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "location_neighbors", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "neighbor_id")
    @OrderBy
    private List<Long> neighbors = new ArrayList<>();

    protected Location() {
    }

    public Location(long id, String name, String description, List<Long> neighbors) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.neighbors = new ArrayList<>(neighbors);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Long> neighbors() {
        return List.copyOf(neighbors);
    }
}
